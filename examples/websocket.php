<?php
// A WebSocket chat room: every message goes to every connected client.
// php -d extension=modules/wserver.so examples/websocket.php start
use WServer\Worker;

$w = new Worker('websocket://0.0.0.0:8482');
$w->onWebSocketConnect = function ($connection, $request) {
    $connection->nick = $request->get('nick', 'guest' . $connection->id);
};
$w->onMessage = function ($connection, string $message) use ($w) {
    foreach ($w->connections as $c) {
        $c->send("$connection->nick: $message");
    }
};
Worker::runAll();
