--TEST--
WebSocket\Server (Swoole API) with websocket_compression and a real client (python3-websockets): the extension is agreed, a compressed message arrives as a Frame with FLAG_COMPRESS (flags 7), push() replies compressed, a fragmented push (flags without FIN, then a continuation), disconnect($fd, $code, $reason) reaches the client, which answers before the server closes; the client's close reaches message as a CloseFrame (open_websocket_close_frame) and getClientInfo() in close (websocket_close_code, _reason); off without the option
--EXTENSIONS--
wserver
pcntl
posix
--SKIPIF--
<?php
exec('/usr/bin/python3 -c "import websockets" 2>&1', $out, $rc);
if ($rc !== 0) die('skip python3-websockets is not installed');
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$py = <<<'PY'
import asyncio, sys, websockets
port, mode = int(sys.argv[1]), sys.argv[2]
async def main():
    async with websockets.connect("ws://127.0.0.1:%d/" % port) as ws:
        print(mode, "answer:", ws.response_headers.get("Sec-WebSocket-Extensions"))
        wire = [0]
        orig = ws.data_received
        def count(data):
            wire[0] += len(data)
            orig(data)
        ws.data_received = count
        await ws.send("swoole " * 100)
        print(mode, "reply:", await ws.recv())
        before = wire[0]
        await ws.send("big")
        big = await ws.recv()
        print(mode, "big:", len(big), "in fewer than 5000 bytes:", wire[0] - before < 5000)
        await ws.send("fragments")
        print(mode, "fragments:", await ws.recv())
        await ws.send("kick")
        try:
            await asyncio.wait_for(ws.recv(), 5)
        except websockets.exceptions.ConnectionClosed as e:
            print(mode, "disconnected:", e.rcvd.code, e.rcvd.reason, "answered:", e.sent is not None)
    async with websockets.connect("ws://127.0.0.1:%d/" % port) as ws:
        await ws.close(4100, "client leaves")
asyncio.run(asyncio.wait_for(main(), 30))
PY;
file_put_contents($f = sys_get_temp_dir() . '/wserver_ws_swoole_deflate_' . getmypid() . '.py', $py);
foreach (['on' => true, 'off' => false] as $mode => $enabled) {
    $dir = wserver_test_dir();
    wserver_test_run(function (int $port) use ($dir, $enabled) {
        $ws = new WServer\WebSocket\Server('127.0.0.1', $port);
        $ws->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'websocket_compression' => $enabled,
                  'open_websocket_close_frame' => true]);
        $ws->on('message', function ($ws, $frame) use ($dir) {
            if ($frame instanceof WServer\WebSocket\CloseFrame) {
                file_put_contents("$dir/close", "CloseFrame code=$frame->code reason=$frame->reason");
                return;
            }
            match ($frame->data) {
                'big' => $ws->push($frame->fd, str_repeat('abcdefghij', 30000)),
                'fragments' => $ws->push($frame->fd, 'one,', WSERVER_WEBSOCKET_OPCODE_TEXT, 0)
                    && $ws->push($frame->fd, 'two', WSERVER_WEBSOCKET_OPCODE_CONTINUATION, WSERVER_WEBSOCKET_FLAG_FIN),
                'kick' => $ws->disconnect($frame->fd, 4000, 'kicked out'),
                default => $ws->push($frame->fd, "flags=$frame->flags len=" . strlen($frame->data), WSERVER_WEBSOCKET_OPCODE_TEXT,
                    WSERVER_WEBSOCKET_FLAG_FIN | WSERVER_WEBSOCKET_FLAG_COMPRESS),
            };
        });
        $ws->on('close', function ($ws, $fd) use ($dir) {
            $i = $ws->getClientInfo($fd);
            file_put_contents("$dir/info", "close: status {$i['websocket_status']} code " . ($i['websocket_close_code'] ?? '-')
                . ' reason ' . ($i['websocket_close_reason'] ?? '-') . "\n", FILE_APPEND);
        });
        $ws->start();
    }, function (int $port) use ($f, $mode, $dir) {
        passthru('env -u LD_PRELOAD timeout 40 /usr/bin/python3 ' . escapeshellarg($f) . " $port $mode 2>&1");
        wserver_test_wait(fn () => is_file("$dir/close"));
        echo "$mode ", @file_get_contents("$dir/close"), "\n";
        wserver_test_wait(fn () => substr_count((string) @file_get_contents("$dir/info"), "\n") >= 2);
        echo @file_get_contents("$dir/info");
    });
    wserver_test_rmdir($dir);
}
unlink($f);
?>
--EXPECT--
on answer: permessage-deflate; server_no_context_takeover; client_no_context_takeover
on reply: flags=7 len=700
on big: 300000 in fewer than 5000 bytes: True
on fragments: one,two
on disconnected: 4000 kicked out answered: True
on CloseFrame code=4100 reason=client leaves
close: status 4 code 4000 reason kicked out
close: status 4 code 4100 reason client leaves
off answer: None
off reply: flags=1 len=700
off big: 300000 in fewer than 5000 bytes: False
off fragments: one,two
off disconnected: 4000 kicked out answered: True
off CloseFrame code=4100 reason=client leaves
close: status 4 code 4000 reason kicked out
close: status 4 code 4100 reason client leaves
