#!/usr/bin/env python3
"""SQL statements per request of the example app, read from Hibernate's per-session statistics.

With hibernate.generate_statistics=true and the session-metrics logger on (Hibernate 7:
org.hibernate.session.metrics at DEBUG; Hibernate 6:
org.hibernate.engine.internal.StatisticalLoggingSessionEventListener at INFO), Hibernate logs one
"Session Metrics" block per session (one per transaction here: open-in-view is off), saying how many
JDBC statements it prepared. This driver sends one request at a time, waits until the app's log has
stopped growing, and adds up the statements of the sessions logged since the request was sent.

Usage: sql.py BASE_URL LOG_FILE ADMIN_USER ADMIN_PASSWORD [RUNS]
Prints a Markdown table and writes the figures as JSON to stdout's last line (prefixed "json: ").
"""
import base64
import json
import re
import sys
import time
import urllib.error
import urllib.request

# Hibernate 7: "... ns preparing 2 JDBC statements" (org.hibernate.session.metrics, DEBUG);
# Hibernate 6: "... nanoseconds spent preparing 2 JDBC statements" (StatisticalLoggingSessionEventListener, INFO)
PREPARED = re.compile(r"ns (?:spent )?preparing (\d+) JDBC statements")


def request(base, method, path, auth, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Authorization", "Basic " + base64.b64encode(auth.encode()).decode())
    if body is not None:
        req.add_header("Content-Type", "application/merge-patch+json" if method == "PATCH" else "application/json")
    for name, value in (headers or {}).items():
        req.add_header(name, value)
    try:
        with urllib.request.urlopen(req) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def settled_size(log):
    """The log's size once it has not grown for 300 ms (the session block is written after the reply)."""
    size, stable_since = -1, time.monotonic()
    while True:
        with open(log, "rb") as f:
            now = len(f.read())
        if now != size:
            size, stable_since = now, time.monotonic()
        elif time.monotonic() - stable_since > 0.3:
            return size
        time.sleep(0.05)


def statements(log, base, method, path, auth, body=None, expect=(200,)):
    start = settled_size(log)
    status, text = request(base, method, path, auth, body)
    if status not in expect:
        sys.exit(f"{method} {path} answered {status}, expected {expect}: {text[:300]}")
    end = settled_size(log)
    with open(log, "rb") as f:
        f.seek(start)
        new = f.read(end - start).decode(errors="replace")
    sessions = PREPARED.findall(new)
    if not sessions:
        sys.exit(f"no Hibernate session metrics logged for {method} {path}: are statistics and the logger on?")
    return sum(int(n) for n in sessions), text


def main():
    base, log, user, password = sys.argv[1:5]
    runs = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    auth = f"{user}:{password}"
    rows = {}

    def measure(name, method, path_of, body_of=None, expect=(200,)):
        counts = []
        for run in range(runs):
            path = path_of(run)
            count, text = statements(log, base, method, path, auth, body_of(run) if body_of else None, expect)
            counts.append(count)
            last[0] = text
        rows[name] = {"request": f"{method} {path_of(0)}", "statements": counts}

    last = [None]
    suffix = str(int(time.time() * 1000) % 10_000_000).zfill(7)
    measure("list page (full page, with count)", "GET", lambda r: "/api/books?size=2")
    measure("list page (short page, no count)", "GET", lambda r: "/api/books")
    measure("get", "GET", lambda r: "/api/books/1")
    created = []

    def create_body(run):
        return {"title": f"Bench {run}", "isbn": f"978{suffix}{run:03d}", "authorId": 1, "genre": "FANTASY",
                "price": 10}

    counts = []
    for run in range(runs):
        count, text = statements(log, base, "POST", "/api/books", auth, create_body(run), (201,))
        counts.append(count)
        created.append(json.loads(text)["id"])
    rows["create"] = {"request": "POST /api/books", "statements": counts}
    measure("patch (one field)", "PATCH", lambda r: f"/api/books/{created[r]}", lambda r: {"price": 12.5})
    # the raw JSON text: json.loads would read 12.50 as the float 12.5
    patched = (re.search(r'"price"\s*:\s*([-0-9.eE+]+)', last[0]) or [None, None])[1]
    measure("delete", "DELETE", lambda r: f"/api/books/{created[r]}", expect=(204,))

    print("| request | | SQL statements per request |")
    print("|---|---|---|")
    for name, row in rows.items():
        counts = sorted(set(row["statements"]))
        shown = str(counts[0]) if len(counts) == 1 else "/".join(map(str, row["statements"])) + " (varies)"
        print(f"| {name} | `{row['request']}` | {shown} |")
    print(f"\nPATCH {{\"price\": 12.5}} answered price = {patched}")
    print("json: " + json.dumps(rows))


if __name__ == "__main__":
    main()
