"""Chat clients for tests/chat/cluster_rolling_restart.phpt (python3-websockets, asyncio).

chat_clients.py URL CLIENTS ROOMS CONTROL_DIR
Each client joins room (i % ROOMS), reconnects by itself (0.2 s, then up to 2 s apart) and
joins again with the id of the last entry it got. Once all joined it writes CONTROL_DIR/ready;
each sends a numbered message about every second while joined, until CONTROL_DIR/stop exists.
Then it waits until every client is joined and nothing arrived for 1 s (20 s at most) and
prints one JSON summary: whether every acknowledged message reached every client of its room,
and whether any client got an entry twice or out of order (entries are NOT de-duplicated
here: the server must send each once, in order).
"""
import asyncio
import json
import os
import random
import sys
import time

import websockets

URL, N, ROOMS, CTL = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
LIMIT = 200  # seconds: the whole run, whatever happens (the test touches stop long before)


def key(i):
    ms, seq = i.split("-")
    return (int(ms), int(seq))


class Client:
    def __init__(self, i):
        self.i = i
        self.room = "room%d" % (i % ROOMS)
        self.last = None
        self.got = []  # message ids, in arrival order
        self.acked = []
        self.connects = 0
        self.violations = 0
        self.nodes = set()
        self.joined = False
        self.seq = 0
        self.errors = []


state = {"stop": False, "done": False, "last_rx": time.time()}


async def send_loop(c, ws):
    await asyncio.sleep(random.random())
    while not state["done"]:
        if c.joined and not state["stop"]:
            c.seq += 1
            await ws.send(json.dumps({"type": "say", "room": c.room, "text": "%d:%d" % (c.i, c.seq), "ref": c.seq}))
        await asyncio.sleep(1.0)


async def run(c):
    backoff = 0.2
    while not state["done"]:
        try:
            async with websockets.connect(URL, open_timeout=10, ping_interval=None, close_timeout=1) as ws:
                c.connects += 1
                backoff = 0.2
                join = {"type": "join", "room": c.room, "nick": "u%d" % c.i}
                if c.last is not None:
                    join["since"] = c.last
                await ws.send(json.dumps(join))
                sender = asyncio.ensure_future(send_loop(c, ws))
                try:
                    async for raw in ws:
                        state["last_rx"] = time.time()
                        m = json.loads(raw)
                        t = m.get("type")
                        if t == "welcome":
                            c.nodes.add(m["node"])
                            c.joined = True
                        elif t == "ack":
                            c.acked.append(m["id"])
                        elif t in ("message", "join", "leave"):
                            if c.last is not None and key(m["id"]) <= key(c.last):
                                c.violations += 1
                            else:
                                c.last = m["id"]
                            if t == "message":
                                c.got.append(m["id"])
                        elif t == "error":
                            c.errors.append(m.get("error"))
                        if state["done"]:
                            break
                finally:
                    c.joined = False
                    sender.cancel()
        except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException):
            pass
        c.joined = False
        if not state["done"]:
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, 2.0)


async def main():
    start = time.time()
    clients = [Client(i) for i in range(N)]
    tasks = [asyncio.ensure_future(run(c)) for c in clients]
    while not all(c.joined for c in clients) and time.time() - start < 30:
        await asyncio.sleep(0.1)
    with open(os.path.join(CTL, "ready"), "w") as f:
        f.write("%d\n" % sum(c.joined for c in clients))
    while not os.path.exists(os.path.join(CTL, "stop")) and time.time() - start < LIMIT - 22:
        await asyncio.sleep(0.1)
    state["stop"] = True
    settle = time.time()
    while time.time() - settle < 20:
        if all(c.joined for c in clients) and time.time() - state["last_rx"] > 1:
            break
        await asyncio.sleep(0.1)
    joined_at_end = sum(c.joined for c in clients)
    state["done"] = True
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

    acked = {}
    for c in clients:
        acked.setdefault(c.room, set()).update(c.acked)
    missing = sum(len(acked[c.room] - set(c.got)) for c in clients)
    print(json.dumps({
        "clients": N,
        "joined_at_end": joined_at_end,
        "sent": sum(c.seq for c in clients),
        "acked": sum(len(c.acked) for c in clients),
        "delivered": sum(len(c.got) for c in clients),
        "missing": missing,
        "violations": sum(c.violations for c in clients),
        "reconnected": sum(c.connects >= 2 for c in clients),
        "min_connects": min(c.connects for c in clients),
        "nodes": sorted(set().union(*(c.nodes for c in clients))),
        "errors": sorted(set(e for c in clients for e in c.errors))[:5],
    }))


asyncio.run(main())
