#!/usr/bin/python3
"""Fails if a source file reaches into another module's internals.

Each module folder (core, data, demo, index, matcher/<stage>, api, server, cli)
has one public directory, include/, holding its front header. Production code
may include:
  - a public header of a module, by its path under include/ ("matcher/team.h");
  - a private header of its own folder, by its bare name ("compose.h").
Public headers may include only public headers. Nothing may use "..". Tests and
benches are white-box and may include their module's private headers (their
CMake targets put that folder on the include path), so only ".." is checked
there. Usage: layout_check.py <project root>
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
MODULES = ["core", "data", "demo", "index", "api", "server", "cli"]
MODULES += ["matcher/" + p.name for p in sorted((root / "matcher").iterdir()) if p.is_dir()]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)

public = {}
for m in MODULES:
    inc = root / m / "include"
    if inc.is_dir():
        for h in inc.rglob("*.h"):
            public[h.relative_to(inc).as_posix()] = m

problems = []
for m in MODULES:
    for f in sorted((root / m).rglob("*")):
        if f.suffix not in (".h", ".cpp") or not f.is_file():
            continue
        rel = f.relative_to(root).as_posix()
        is_public = "/include/" in "/" + f.relative_to(root / m).as_posix()
        for inc in INCLUDE.findall(f.read_text(encoding="utf-8")):
            if ".." in inc:
                problems.append(f"{rel}: includes \"{inc}\" with '..'")
            elif "/" in inc:
                if inc not in public:
                    problems.append(f"{rel}: \"{inc}\" is not a module's front header "
                                    f"(public headers: <module>/include/...)")
            elif is_public:
                problems.append(f"{rel}: a public header includes the private \"{inc}\"")
            elif not (f.parent / inc).is_file():
                problems.append(f"{rel}: private \"{inc}\" is not in its own folder {m}/")

for d in ("tests", "bench"):
    for f in sorted((root / d).rglob("*")):
        if f.suffix in (".h", ".cpp") and f.is_file():
            for inc in INCLUDE.findall(f.read_text(encoding="utf-8")):
                if ".." in inc:
                    problems.append(f"{f.relative_to(root)}: includes \"{inc}\" with '..'")

for p in problems:
    print(p)
print(f"layout_check: {len(public)} public headers in {len(MODULES)} modules, "
      f"{len(problems)} problems")
sys.exit(1 if problems else 0)
