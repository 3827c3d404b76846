<?php
/* Rows 2 and 3: replies that leave after a delay, one Worker (4 processes) per protocol.
 *   text://127.0.0.1:$REL_PORT     one line "KIND DELAY ID", answered "KIND ID" after DELAY s by
 *       timer  a one-shot Timer
 *       co     Coroutine::sleep() in the callback
 *       async  the reply of an AsyncTcpConnection to $REL_BACKEND (a text server that answers
 *              the line "DELAY ID" with "ID" after DELAY s)
 *   http://127.0.0.1:$REL_PORT2    GET /?delay=D&id=N: a Response sent by a one-shot Timer
 *   websocket://127.0.0.1:$REL_PORT3/?delay=D&id=N: "push N" sent D s after the handshake */
use WServer\Connection\AsyncTcpConnection;
use WServer\Coroutine;
use WServer\Protocols\Http\Response;
use WServer\Timer;
use WServer\Worker;

require __DIR__ . '/app.inc.php';
$backend = getenv('REL_BACKEND');

$text = new Worker("text://127.0.0.1:$port");
$text->name = 'text';
$text->count = 4;
$text->onMessage = function ($c, $line) use ($backend) {
    [$kind, $delay, $id] = explode(' ', $line) + ['', 0, ''];
    switch ($kind) {
        case 'timer':
            Timer::add((float) $delay, fn () => $c->send("timer $id"), [], false);
            break;
        case 'co':
            Coroutine::sleep((float) $delay);
            $c->send("co $id");
            break;
        case 'async':
            $b = new AsyncTcpConnection("text://$backend");
            $b->onMessage = function ($b, $answer) use ($c) {
                $c->send("async $answer");
                $b->close();
            };
            $b->send("$delay $id");
            $b->connect();
            break;
        default:
            $c->send("unknown $line");
    }
};

$http = new Worker('http://127.0.0.1:' . getenv('REL_PORT2'));
$http->name = 'http';
$http->count = 4;
$http->onMessage = function ($c, $req) {
    $id = $req->get('id', '');
    Timer::add((float) $req->get('delay', 0), fn () => $c->send(new Response(200, [], "http $id")), [], false);
};

$ws = new Worker('websocket://127.0.0.1:' . getenv('REL_PORT3'));
$ws->name = 'ws';
$ws->count = 4;
$ws->onWebSocketConnected = function ($c, $req) {
    $id = $req->get('id', '');
    Timer::add((float) $req->get('delay', 0), fn () => $c->send("push $id"), [], false);
};
$ws->onMessage = fn ($c, $data) => $c->send($data);

Worker::runAll();
