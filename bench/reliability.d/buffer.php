<?php
/* Row 6: a client that never reads. On each connection the worker tries to send $REL_SENDS
 * messages of 64 KB, ten every millisecond, with maxSendBufferSize $REL_MAX_SEND_BUFFER; it
 * counts what send() returned, onBufferFull and onError calls, the largest send queue and its
 * resident memory, and writes them to $REL_DIR/buffer-PID.json when done. */
use WServer\Timer;
use WServer\Worker;

require __DIR__ . '/app.inc.php';
$max = (int) (getenv('REL_MAX_SEND_BUFFER') ?: 1 << 20);
$sends = (int) (getenv('REL_SENDS') ?: 5000);

function rss_kb(): int
{
    return preg_match('/^VmRSS:\s+(\d+)/m', file_get_contents('/proc/self/status'), $m) ? (int) $m[1] : 0;
}

$w = new Worker("tcp://127.0.0.1:$port");
$w->count = 4;
$state = [];
$w->onConnect = function ($c) use (&$state, $max, $sends, $dir) {
    $c->maxSendBufferSize = $max;
    $chunk = str_repeat('x', 65536);
    $st = &$state[$c->id];
    $st = ['pid' => getmypid(), 'max_send_buffer' => $max, 'tried' => 0, 'written' => 0, 'queued' => 0,
        'refused' => 0, 'buffer_full' => 0, 'on_error' => 0, 'error' => '', 'max_queue' => 0,
        'rss_before_kb' => rss_kb(), 'rss_peak_kb' => 0, 'php_before' => memory_get_usage(), 'php_peak' => 0];
    $timer = Timer::add(0.001, function () use ($c, $chunk, $sends, $dir, &$st, &$timer) {
        for ($k = 0; $k < 10 && $st['tried'] < $sends; $k++) {
            $r = $c->send($chunk);
            $st['tried']++;
            $st[$r === true ? 'written' : ($r === null ? 'queued' : 'refused')]++;
            $st['max_queue'] = max($st['max_queue'], $c->getSendBufferQueueSize());
        }
        $st['rss_peak_kb'] = max($st['rss_peak_kb'], rss_kb());
        $st['php_peak'] = max($st['php_peak'], memory_get_usage());
        if ($st['tried'] >= $sends) {
            Timer::del($timer);
            $st['open'] = $c->getStatus() === WServer\Connection\TcpConnection::STATUS_ESTABLISHED;
            file_put_contents("$dir/buffer-" . getmypid() . '.json', json_encode($st));
        }
    });
};
$w->onBufferFull = function ($c) use (&$state) {
    $state[$c->id]['buffer_full']++;
};
$w->onError = function ($c, $code, $msg) use (&$state) {
    $state[$c->id]['on_error']++;
    $state[$c->id]['error'] = "$code $msg";
};
$w->onClose = function ($c) use (&$state) {
    unset($state[$c->id]);
};
Worker::runAll();
