"""WebSocket clients that drive the apps of scripts/compat-apps (python3-websockets).

python3 client.py chat PORT                   workerman-chat: 2 clients log in and chat
python3 client.py gateway PORT                GatewayWorker demo: hello on connect, say to all
python3 client.py socketio PORT               phpsocket.io chat: Engine.IO 3 over a WebSocket
python3 client.py push PORT KEY CHANNEL CMD.. webman/push: subscribe, run CMD (the publisher),
                                              the event must arrive
python3 client.py steps PORT PATH STEP...     scripts/compat-swoole -e: each STEP ">TEXT" sends
                                              TEXT (C escapes), "</RE/" waits for a message
                                              matching RE (a final $ means the very end)

Prints "ok" and exits 0, or prints one line saying what went wrong and exits 1.
"""
import asyncio
import codecs
import json
import re
import subprocess
import sys

import websockets

STEP = 5.0  # seconds any one expected message may take


class Failure(Exception):
    pass


async def connect(url):
    try:
        return await asyncio.wait_for(websockets.connect(url, open_timeout=STEP), STEP + 1)
    except Exception as e:  # noqa: BLE001 - any reason is reported as is
        raise Failure(f"connect {url}: {type(e).__name__}: {e}") from None


async def expect(ws, who, match, what):
    """Reads until match(message) is true; skips the rest (pings, other events)."""
    seen = []
    try:
        while True:
            msg = await asyncio.wait_for(ws.recv(), STEP)
            if isinstance(msg, bytes):
                msg = msg.decode("utf-8", "replace")
            if match(msg):
                return msg
            seen.append(msg[:80])
    except asyncio.TimeoutError:
        raise Failure(f"{who} waited {STEP:g}s for {what}; got {seen[-3:] or 'nothing'}") from None
    except websockets.ConnectionClosed as e:
        raise Failure(f"{who} waiting for {what}: connection closed ({e.code} {e.reason})") from None


def json_of(msg):
    try:
        return json.loads(msg)
    except ValueError:
        return None


async def chat(port):
    url = f"ws://127.0.0.1:{port}"
    alice = await connect(url)
    bob = await connect(url)
    login = lambda name: json.dumps({"type": "login", "client_name": name, "room_id": "1"})
    is_login = lambda name: lambda m: (json_of(m) or {}).get("type") == "login" and json_of(m).get("client_name") == name
    await alice.send(login("alice"))
    await expect(alice, "alice", is_login("alice"), "her own login")
    await bob.send(login("bob"))
    m = json_of(await expect(bob, "bob", is_login("bob"), "his own login"))
    if "alice" not in (m.get("client_list") or {}).values():
        raise Failure(f"bob's client_list lacks alice: {m.get('client_list')}")
    await expect(alice, "alice", is_login("bob"), "bob's login")
    say = lambda text: json.dumps({"type": "say", "to_client_id": "all", "to_client_name": "all", "content": text})
    said = lambda text: lambda m: (json_of(m) or {}).get("type") == "say" and json_of(m).get("content") == text
    await alice.send(say("hello bob"))
    await expect(bob, "bob", said("hello bob"), "alice's message")
    await bob.send(say("hello alice"))
    await expect(alice, "alice", said("hello alice"), "bob's message")
    await alice.close()
    await expect(bob, "bob", lambda m: (json_of(m) or {}).get("type") == "logout", "alice's logout")
    await bob.close()


async def gateway(port):
    url = f"ws://127.0.0.1:{port}"
    a = await connect(url)
    hello_a = await expect(a, "client a", lambda m: m.startswith("Hello "), "its Hello on connect")
    b = await connect(url)
    await expect(b, "client b", lambda m: m.startswith("Hello "), "its Hello on connect")
    await expect(a, "client a", lambda m: " login" in m, "b's login broadcast")
    a_id = hello_a[len("Hello "):].strip()
    await a.send("ping from a")
    # the demo's Events end each message with \r\n, which Gateway passes on as it is
    said = f"{a_id} said ping from a\r\n"
    await expect(b, "client b", lambda m: m == said, "a's message")
    await expect(a, "client a", lambda m: m == said, "its own message")
    await a.close()
    await expect(b, "client b", lambda m: m == f"{a_id} logout\r\n", "a's logout")
    await b.close()


async def socketio(port):
    url = f"ws://127.0.0.1:{port}/socket.io/?EIO=3&transport=websocket"
    clients = []
    for who in ("client 1", "client 2"):
        ws = await connect(url)
        opened = await expect(ws, who, lambda m: m.startswith("0{"), "the Engine.IO open packet")
        if "sid" not in (json_of(opened[1:]) or {}):
            raise Failure(f"{who}: open packet without sid: {opened[:80]}")
        await expect(ws, who, lambda m: m.startswith("40"), "the namespace connect packet")
        clients.append(ws)
    c1, c2 = clients
    await c1.send("2")
    await expect(c1, "client 1", lambda m: m == "3", "the pong to its ping")
    event = lambda text: lambda m: m.startswith("42") and json_of(m[2:]) == ["chat message", text]
    await c1.send("42" + json.dumps(["chat message", "hi from 1"]))
    await expect(c2, "client 2", event("hi from 1"), "client 1's chat message")
    await c2.send("42" + json.dumps(["chat message", "hi from 2"]))
    await expect(c1, "client 1", event("hi from 2"), "client 2's chat message")
    await c1.close()
    await c2.close()


async def push(port, key, channel, cmd):
    url = f"ws://127.0.0.1:{port}/app/{key}?protocol=7&client=js&version=3.2.4&flash=false"
    ws = await connect(url)
    await expect(ws, "subscriber", lambda m: (json_of(m) or {}).get("event") == "pusher:connection_established",
                 "pusher:connection_established")
    await ws.send(json.dumps({"event": "pusher:subscribe", "data": {"channel": channel}}))
    await expect(ws, "subscriber", lambda m: (json_of(m) or {}).get("event") == "pusher_internal:subscription_succeeded",
                 "subscription_succeeded")
    p = await asyncio.create_subprocess_exec(*cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        out, _ = await asyncio.wait_for(p.communicate(), 20)
    except asyncio.TimeoutError:
        p.kill()
        raise Failure("the publisher did not finish in 20s") from None
    if p.returncode != 0:
        lines = [l for l in out.decode("utf-8", "replace").splitlines() if l.strip()]
        raise Failure(f"the publisher failed: {(lines or ['exit %d' % p.returncode])[0]}")
    got = await expect(ws, "subscriber", lambda m: (json_of(m) or {}).get("event") == "compat-event", "the published event")
    data = json_of(got).get("data")
    if isinstance(data, str):
        data = json_of(data)
    if data != {"text": "published"}:
        raise Failure(f"the event carries {data!r}")
    await ws.close()


async def steps(port, path, todo):
    ws = await connect(f"ws://127.0.0.1:{port}{path}")
    for step in todo:
        if step.startswith(">"):
            await ws.send(codecs.decode(step[1:], "unicode_escape"))
            continue
        pattern = step[2:step.rindex("/")]
        if pattern.endswith("$") and not pattern.endswith("\\$"):
            pattern = pattern[:-1] + r"\Z"
        await expect(ws, "client", lambda m: re.search(pattern, m) is not None, f"a message matching {step[1:]}")
    await ws.close()


def main():
    kind, port = sys.argv[1], int(sys.argv[2])
    run = {
        "chat": lambda: chat(port),
        "gateway": lambda: gateway(port),
        "socketio": lambda: socketio(port),
        "push": lambda: push(port, sys.argv[3], sys.argv[4], sys.argv[5:]),
        "steps": lambda: steps(port, sys.argv[3], sys.argv[4:]),
    }[kind]
    try:
        asyncio.run(asyncio.wait_for(run(), 60))
    except Failure as e:
        print(e)
        sys.exit(1)
    except Exception as e:  # noqa: BLE001
        print(f"{type(e).__name__}: {e}")
        sys.exit(1)
    print("ok")


if __name__ == "__main__":
    main()
