<?php
/* Rows 1 and 5: "ok" over http://, 4 workers; Request::$headerTimeout from $REL_HEADER_TIMEOUT. */
require __DIR__ . '/app.inc.php';
if (getenv('REL_HEADER_TIMEOUT')) {
    WServer\Protocols\Http\Request::$headerTimeout = (float) getenv('REL_HEADER_TIMEOUT');
}
$w = new WServer\Worker("http://127.0.0.1:$port");
$w->count = 4;
$w->onMessage = fn ($c, $req) => $c->send('ok');
WServer\Worker::runAll();
