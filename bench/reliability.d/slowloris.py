"""Row 5 of bench/reliability: slowloris.

CONNS connections to an http:// server, opened 1 ms apart, each sending one byte of a request
head every INTERVAL s and never finishing it. Records, per connection, what the server answered
and when it closed, counted from the connection's first byte. Writes "ready" to --ready once
every connection is open, then one JSON object to stdout when all are closed (or after --secs).
"""
import argparse
import asyncio
import collections
import json
import time

HEAD = b"GET / HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 4096


async def slow(a, i, results, opened):
    try:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", a.port), 10)
    except (OSError, asyncio.TimeoutError) as e:
        results.append(("connect failed: " + type(e).__name__, None))
        opened()
        return
    first = time.monotonic()
    opened()

    async def trickle():
        for k in range(len(HEAD)):
            w.write(HEAD[k:k + 1])
            await asyncio.sleep(a.interval)

    sender = asyncio.create_task(trickle())
    try:
        answer = await asyncio.wait_for(r.read(), a.secs)   # to EOF
        status = answer.split(b"\r\n", 1)[0].decode(errors="replace") or "closed without an answer"
        results.append((status, time.monotonic() - first))
    except asyncio.TimeoutError:
        results.append(("still open", None))
    except OSError as e:
        results.append((type(e).__name__, time.monotonic() - first))
    sender.cancel()
    w.close()


async def main(a):
    results = []
    n_open = 0

    def opened():
        nonlocal n_open
        n_open += 1
        if n_open == a.conns and a.ready:
            with open(a.ready, "w") as f:
                f.write("ready\n")

    tasks = []
    for i in range(a.conns):
        tasks.append(asyncio.create_task(slow(a, i, results, opened)))
        await asyncio.sleep(0.001)
    await asyncio.gather(*tasks)
    statuses = collections.Counter(s for s, _ in results)
    times = sorted(t for s, t in results if t is not None and " 408 " in s + " ")
    return {
        "conns": a.conns, "statuses": dict(statuses),
        "closed_408": len(times),
        "min_secs": round(times[0], 2) if times else None,
        "max_secs": round(times[-1], 2) if times else None,
    }


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--conns", type=int, default=1000)
    p.add_argument("--interval", type=float, default=5)
    p.add_argument("--secs", type=float, default=60, help="give up on a connection after this")
    p.add_argument("--ready", default="")
    print(json.dumps(asyncio.run(main(p.parse_args()))))
