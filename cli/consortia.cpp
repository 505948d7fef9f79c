// The `consortia` binary: everything lives in the server library (RunCli).
#include "api/api.h"
#include "server/server.h"

int main(int argc, char** argv) { return consortia::RunCli(argc, argv); }
