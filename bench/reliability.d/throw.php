<?php
/* Row 8: onWorkerStart throws on every start. */
require __DIR__ . '/app.inc.php';
$w = new WServer\Worker("text://127.0.0.1:$port");
$w->name = 'thrower';
$w->count = 4;
$w->onWorkerStart = function () {
    throw new RuntimeException('onWorkerStart fails on purpose');
};
$w->onMessage = fn ($c, $line) => $c->send($line);
WServer\Worker::runAll();
