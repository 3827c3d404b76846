<?php
// One worker taking uploads streamed to disk (bench/upload.sh): bodies over 1 MB go to temp
// files in $UPLOAD_DIR as they arrive (port $PORT). GET /rss: the worker's VmRSS/VmHWM (kB); GET /ping: "pong";
// POST: the stored file's size and md5, and the worker's VmHWM once the body is in.
use WServer\Connection\TcpConnection;
use WServer\Protocols\Http;
use WServer\Protocols\Http\Request;

$port = (int) (getenv("PORT") ?: 8099);
$dir = getenv("UPLOAD_DIR") ?: sys_get_temp_dir();
function mem(string $key): int
{
    preg_match("/^$key:\s+(\d+) kB/m", file_get_contents('/proc/self/status'), $m);
    return (int) $m[1];
}
TcpConnection::$defaultMaxPackageSize = 1024 * 1024;
Request::$uploadMaxSize = 4 * 1024 * 1024 * 1024;
Http::uploadTmpDir($dir);
WServer\Worker::$pidFile = "$dir/upload.pid";
WServer\Worker::$statusFile = "$dir/upload.status"; // not next to this script
WServer\Worker::$logFile = "$dir/upload.log";
$w = new WServer\Worker("http://127.0.0.1:$port");
$w->onMessage = function ($c, $req) {
    if ($req->path() === '/ping') {
        $c->send('pong');
    } elseif ($req->path() === '/rss') {
        $c->send(mem('VmRSS') . ' ' . mem('VmHWM'));
    } else {
        $path = $req->rawBodyFile() ?? $req->file('f')['tmp_name'];
        $c->send(json_encode(['size' => filesize($path), 'md5' => md5_file($path), 'hwm' => mem('VmHWM'), 'rss' => mem('VmRSS')]));
    }
};
WServer\Worker::runAll();
