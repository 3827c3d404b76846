<?php
/* Row 7: one worker (the Swoole API, so that one process serves both HTTP keep-alive and
 * WebSocket connections on one port). GET /mem answers the worker's memory as JSON: PHP's
 * memory_get_usage() (used, and allocated from the system), VmRSS and the open connections. */
require __DIR__ . '/app.inc.php';

function rss_kb(): int
{
    return preg_match('/^VmRSS:\s+(\d+)/m', file_get_contents('/proc/self/status'), $m) ? (int) $m[1] : 0;
}

$s = new WServer\WebSocket\Server('127.0.0.1', $port);
WServer\Worker::$statusFile = "$dir/app.status"; // not next to this script
$s->set(['worker_num' => 1, 'pid_file' => "$dir/app.pid", 'log_file' => "$dir/app.log"]);
$s->on('request', function ($req, $res) use ($s) {
    if ($req->server['request_uri'] === '/mem') {
        $res->end(json_encode(['pid' => getmypid(), 'php' => memory_get_usage(), 'php_real' => memory_get_usage(true),
            'rss_kb' => rss_kb(), 'connections' => $s->stats()['connection_num']]));
        return;
    }
    $res->end('ok');
});
$s->on('message', fn ($s, $frame) => $s->push($frame->fd, $frame->data));
$s->start();
