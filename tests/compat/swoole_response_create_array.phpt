--TEST--
wserver.aliases=swoole: Http\Response::create([$server, $request], $fd) on a plain Server with open_http_protocol answers the request parse() read (the Request takes the fd), as Swoole's
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
file_put_contents("$dir/app.php", <<<PHP
<?php
use Swoole\Http\Request;
use Swoole\Http\Response;
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'open_http_protocol' => true, 'log_file' => '$dir/app.log']);
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    \$req = Request::create();
    \$parsed = \$req->parse(\$data) === strlen(\$data);
    \$resp = Response::create([\$s, \$req], \$fd);
    \$resp->header('X-Fds', json_encode([\$parsed, \$req->fd === \$fd, \$resp->fd === \$fd]));
    \$resp->end('hello ' . \$req->get['name'] . ' ' . \$req->getContent());
});
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    $c = wserver_test_connect($port);
    fwrite($c, "POST /x?name=world HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nHELLO");
    stream_set_timeout($c, 5);
    $reply = '';
    while (!str_contains($reply, 'HELLO') && ($d = fread($c, 8192)) !== false && $d !== '') {
        $reply .= $d;
    }
    echo strtok($reply, "\r\n"), "\n";
    preg_match('/^X-Fds: (.*)\r$/mi', $reply, $m);
    echo $m[1] ?? 'no X-Fds', "\n", substr($reply, strpos($reply, "\r\n\r\n") + 4), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
HTTP/1.1 200 OK
[true,true,true]
hello world HELLO
