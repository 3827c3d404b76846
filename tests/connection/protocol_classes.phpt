--TEST--
Protocols: the static input/decode/encode of Http, Text, Frame, Websocket and Ws, called by an application on what a tcp:// worker received; a user class implements ProtocolInterface
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
use WServer\Protocols\{Frame, Http, ProtocolInterface, Text, Websocket, Ws};

class Upper implements ProtocolInterface
{
    public static function input(string $buffer, WServer\Connection\ConnectionInterface $c): int { return strlen($buffer); }
    public static function decode(string $buffer, WServer\Connection\ConnectionInterface $c): mixed { return strtoupper($buffer); }
    public static function encode(mixed $data, WServer\Connection\ConnectionInterface $c): string { return $data; }
}

require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port) {
    $w = new WServer\Worker("tcp://127.0.0.1:$port");
    $w->onMessage = function ($c, string $raw) {
        $n = Http::input($raw, $c);
        if ($n === 0) {
            return; // the test sends the request in one piece
        }
        $req = Http::decode(substr($raw, 0, $n), $c);
        $frame = Websocket::encode('ws', $c);
        $masked = Ws::encode('client', $c);
        $checks = [
            'http' => [$n === strlen($raw), $req->method(), $req->path(), $req->get('q'), $req->rawBody()],
            'text' => [Text::input("ab\ncd", $c), Text::input('ab', $c), Text::decode("ab\r\n", $c), Text::encode('x', $c)],
            'frame' => [Frame::input(Frame::encode('hey', $c), $c), Frame::decode(Frame::encode('hey', $c), $c), Frame::input("\0\0", $c)],
            'websocket' => [bin2hex($frame), Websocket::input($frame, $c), Websocket::decode($frame, $c), Websocket::input(substr($frame, 0, 3), $c)],
            'ws' => [ord($masked[1]) & 0x80, Ws::input($masked, $c), Ws::decode($masked, $c)],
            'user' => [Upper::decode('abc', $c), is_subclass_of('Upper', ProtocolInterface::class)],
        ];
        $c->send(Http::encode(new WServer\Protocols\Http\Response(200, ['Content-Type' => 'application/json'], json_encode($checks)), $c));
        $c->close();
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "POST /path?q=1 HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\n\r\nbody");
    $reply = stream_get_contents($c);
    [$head, $body] = explode("\r\n\r\n", $reply, 2);
    echo strtok($head, "\r\n"), "\n", str_contains($head, 'Content-Length: ' . strlen($body)) ? 'length ok' : 'length wrong', "\n";
    echo json_encode(json_decode($body), JSON_PRETTY_PRINT), "\n";
});
?>
--EXPECT--
HTTP/1.1 200 OK
length ok
{
    "http": [
        true,
        "POST",
        "\/path",
        "1",
        "body"
    ],
    "text": [
        3,
        0,
        "ab",
        "x\n"
    ],
    "frame": [
        7,
        "hey",
        0
    ],
    "websocket": [
        "81027773",
        4,
        "ws",
        0
    ],
    "ws": [
        128,
        12,
        "client"
    ],
    "user": [
        "ABC",
        true
    ]
}
