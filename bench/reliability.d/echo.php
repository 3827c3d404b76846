<?php
/* Rows 4 and 9: a text:// echo server, 4 workers; the line "pid" is answered with the pid of the
 * worker, so a client knows which worker each of its connections is on. */
require __DIR__ . '/app.inc.php';
$w = new WServer\Worker("text://127.0.0.1:$port");
$w->count = 4;
$w->onMessage = fn ($c, $line) => $c->send($line === 'pid' ? (string) getmypid() : $line);
WServer\Worker::runAll();
