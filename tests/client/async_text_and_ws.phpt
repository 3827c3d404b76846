--TEST--
AsyncTcpConnection: to a text:// worker (reconnect after the server closes) and to a websocket:// worker (handshake with extra headers, frames sent before it held, a 70 KB message, close) of the same app
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Connection\AsyncTcpConnection;
use WServer\Coroutine\Channel;

$textPort = wserver_test_free_port();
$wsPort = wserver_test_free_port();
$port = wserver_test_free_port();
wserver_test_run(function (int $port) use ($textPort, $wsPort) {
    $text = new WServer\Worker("text://127.0.0.1:$textPort");
    $text->onMessage = function ($c, string $line) {
        $line === 'bye' ? $c->close() : $c->send("echo:$line");
    };
    $ws = new WServer\Worker("websocket://127.0.0.1:$wsPort");
    $ws->onWebSocketConnect = function ($c, $req) {
        $c->tag = $req->header('x-test') . ' ' . $req->uri();
    };
    $ws->onMessage = fn ($c, $d) => $c->send(strlen($d) > 100 ? "ws:$d" : "ws:$d {$c->tag}");

    // the app under test: on "go", it talks to both workers above and answers with what it saw
    $app = new WServer\Worker("text://127.0.0.1:$port");
    $app->onMessage = function ($c, string $line) use ($textPort, $wsPort) {
        $log = ['text' => [], 'ws' => []];
        $done = new Channel(2);

        $t = new AsyncTcpConnection("text://127.0.0.1:$textPort");
        $rounds = 0;
        $t->onConnect = function ($t) use (&$log, &$rounds) {
            $log['text'][] = 'connect ' . $t->getStatus(false);
            $t->send($rounds === 0 ? 'hello' : 'again');
        };
        $t->onMessage = function ($t, $msg) use (&$log) {
            $log['text'][] = "message $msg";
            $t->send('bye');            // the server closes
        };
        $t->onClose = function ($t) use (&$log, &$rounds, $done) {
            $log['text'][] = 'close ' . $t->getStatus(false);
            if (++$rounds === 1) {
                $t->reconnect(0.05);
            } else {
                $done->push('text');
            }
        };
        $t->connect();
        $log['text'][] = 'after connect() ' . $t->getStatus(false) . ' ' . $t->getRemoteHost() . ' ' . ($t->getRemoteURI() === "text://127.0.0.1:$textPort" ? 'uri ok' : 'uri wrong');

        $w = new AsyncTcpConnection("ws://127.0.0.1:$wsPort/chat?room=1");
        $w->headers = ['X-Test' => 'yes'];
        $big = str_repeat('é', 35000);
        $got = 0;
        $w->onConnect = function () use (&$log) { $log['ws'][] = 'connect'; };
        $w->onWebSocketConnect = function ($w, string $head) use (&$log) {
            $log['ws'][] = 'handshake ' . strtok($head, "\r\n");
        };
        $w->onMessage = function ($w, $msg) use (&$log, &$got, $big) {
            $log['ws'][] = 'message ' . (strlen($msg) > 100 ? strlen($msg) . ' bytes ' . ($msg === "ws:$big" ? 'intact' : 'damaged') : $msg);
            if (++$got === 2) {
                $w->close();
            }
        };
        $w->onClose = function () use (&$log, $done) {
            $log['ws'][] = 'close';
            $done->push('ws');
        };
        $w->connect();
        $w->send('early');              // before the handshake: held, then sent in order
        $w->send($big);
        $done->pop(5);
        $done->pop(5);
        $c->send(json_encode($log));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    fwrite($c, "go\n");
    $log = json_decode(wserver_test_line($c, 10), true);
    foreach ($log ?? ['no answer' => []] as $name => $lines) {
        foreach ($lines as $l) {
            echo "$name: $l\n";
        }
    }
}, ['port' => $port, 'wait' => fn () => wserver_test_listening($port) && wserver_test_listening($textPort) && wserver_test_listening($wsPort)]);
?>
--EXPECTF--
text: after connect() CONNECTING 127.0.0.1:%d uri ok
text: connect ESTABLISHED
text: message echo:hello
text: close CLOSED
text: connect ESTABLISHED
text: message echo:again
text: close CLOSED
ws: connect
ws: handshake HTTP/1.1 101 Switching Protocols
ws: message ws:early yes /chat?room=1
ws: message 70003 bytes intact
ws: close
