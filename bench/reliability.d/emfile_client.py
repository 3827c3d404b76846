"""Row 7 of bench/reliability: connections made while the worker is out of file descriptors.

Opens N connections, each sending "GET /" once; counts the answers that arrive within --secs
(the script raises the worker's limit again meanwhile). Prints one JSON object.
"""
import argparse
import asyncio
import json


async def one(port, secs):
    try:
        r, w = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), secs)
        w.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        head = await asyncio.wait_for(r.readuntil(b"\r\n\r\n"), secs)
        w.close()
        return head.startswith(b"HTTP/1.1 200")
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError):
        return False


async def main(a):
    got = await asyncio.gather(*(one(a.port, a.secs) for _ in range(a.n)))
    return {"n": a.n, "answered": sum(got)}


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--n", type=int, default=100)
    p.add_argument("--secs", type=float, default=10)
    print(json.dumps(asyncio.run(main(p.parse_args()))))
