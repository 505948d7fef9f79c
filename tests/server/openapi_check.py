#!/usr/bin/env python3
"""Checks real API exchanges against api/openapi.json (OpenAPI 3.1, JSON Schema 2020-12).

usage: openapi_check.py OPENAPI.json ROUTES.json EXCHANGES.json

ROUTES.json: [{"method", "path", "write", "max_body_bytes"}] as Server::Routes() lists them.
EXCHANGES.json: [{"method", "path", "status", "content_type", "body", "request"}], path as sent.

Fails (exit 1) unless
- the document is OpenAPI 3.1 and every schema in it is a valid 2020-12 schema;
- its operations are exactly the registered routes, with the same body limits
  (x-body-limit-bytes) and security (writes need the bearer token);
- every exchange's status is documented for its operation, its content type is
  listed, and its body validates against the documented schema (answers and
  errors alike; answers of unknown routes against Error);
- every request body that was answered 2xx validates against its requestBody schema;
- every operation was exercised with at least one 2xx answer.
Uses Debian's python3-jsonschema (scripts/install-deps.sh).
"""
import json
import re
import sys

import jsonschema

METHODS = ("get", "post", "put", "patch", "delete")


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    doc, routes, exchanges = (load(p) for p in sys.argv[1:4])
    problems = []
    if doc.get("openapi") != "3.1.0":
        problems.append("not an OpenAPI 3.1.0 document")
    components = doc["components"]
    for name, schema in components["schemas"].items():
        try:
            jsonschema.Draft202012Validator.check_schema(schema)
        except jsonschema.SchemaError as e:
            problems.append(f"schema {name}: {e.message}")

    def validator(schema):
        # The components travel with the schema, so "#/components/..." resolves.
        return jsonschema.Draft202012Validator({"allOf": [schema], "components": components})

    def response_of(op, status):
        r = op["responses"].get(str(status))
        if r and "$ref" in r:
            r = components["responses"][r["$ref"].rsplit("/", 1)[1]]
        return r

    operations = {}
    for path, item in doc["paths"].items():
        for method in METHODS:
            if method in item:
                operations[(method.upper(), path)] = item[method]
    registered = {(r["method"], r["path"]): r for r in routes}
    for key in sorted(set(registered) - set(operations)):
        problems.append(f"route {key[0]} {key[1]} is not in the document")
    for key in sorted(set(operations) - set(registered)):
        problems.append(f"the document lists {key[0]} {key[1]}, which the server does not register")
    for key, route in registered.items():
        op = operations.get(key)
        if op is None:
            continue
        if route["max_body_bytes"] and op.get("x-body-limit-bytes") != route["max_body_bytes"]:
            problems.append(f"{key[0]} {key[1]}: x-body-limit-bytes {op.get('x-body-limit-bytes')}"
                            f", the server's limit is {route['max_body_bytes']}")
        if bool(route["max_body_bytes"]) != ("requestBody" in op):
            problems.append(f"{key[0]} {key[1]}: requestBody documented "
                            f"{'requestBody' in op}, the route takes a body "
                            f"{bool(route['max_body_bytes'])}")
        writes = op.get("security") == [{"bearer": []}]
        if writes != route["write"]:
            problems.append(f"{key[0]} {key[1]}: security says write={writes}, the route "
                            f"write={route['write']}")

    # Concrete paths before templated ones (OpenAPI's matching rule).
    patterns = sorted(((re.compile("^" + re.sub(r"\{[a-z_]+\}", "[^/]+", p) + "$"), p)
                       for p in doc["paths"]), key=lambda t: "{" in t[1])
    exercised = set()
    for e in exchanges:
        where = f"{e['method']} {e['path']} -> {e['status']}"
        bare = e["path"].split("?", 1)[0]
        path = next((p for rx, p in patterns if rx.match(bare)), None)
        op = operations.get((e["method"], path)) if path else None
        if op is None:
            if e["status"] < 400:
                problems.append(f"{where}: no documented operation")
                continue
            schema = {"$ref": "#/components/schemas/Error"}
        else:
            response = response_of(op, e["status"])
            if response is None:
                problems.append(f"{where}: status not documented")
                continue
            media = e["content_type"].split(";")[0].strip()
            content = response.get("content", {})
            if media not in content:
                problems.append(f"{where}: content type {media} not documented")
                continue
            schema = content[media]["schema"]
            if 200 <= e["status"] < 300:
                exercised.add((e["method"], path))
                if e.get("request") is not None and "requestBody" in op:
                    body_schema = op["requestBody"]["content"]["application/json"]["schema"]
                    for err in validator(body_schema).iter_errors(e["request"]):
                        problems.append(f"{where}: request body: {err.message} at "
                                        f"{list(err.absolute_path)}")
                        break
        if e["content_type"].startswith("application/json"):
            for err in validator(schema).iter_errors(e["body"]):
                problems.append(f"{where}: answer: {err.message[:300]} at "
                                f"{list(err.absolute_path)}")
                break
    for key in sorted(set(operations) - exercised):
        problems.append(f"{key[0]} {key[1]}: never answered 2xx in the exchanges")

    for p in problems:
        print("openapi_check:", p)
    print(f"openapi_check: {len(exchanges)} exchanges against {len(operations)} operations, "
          f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
