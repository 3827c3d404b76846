--TEST--
wserver.aliases=swoole: an Http\Server and a WebSocket\Server on a Unix socket (SWOOLE_SOCK_UNIX_STREAM): requests with their query, keep-alive, a WebSocket handshake and messages
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole ';
foreach (['http' => 'Http', 'ws' => 'WebSocket'] as $name => $class) {
    file_put_contents("$dir/$name.php", <<<PHP
<?php
\$s = new Swoole\\$class\Server('$dir/$name.sock', 0, SWOOLE_BASE, SWOOLE_SOCK_UNIX_STREAM);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/$name.log']);
\$s->on('request', function (\$req, \$resp) {
    \$resp->end(json_encode(\$req->get) . ' fd ' . \$req->fd);
});
\$s->on('message', function (\$s, \$frame) {
    \$s->push(\$frame->fd, "echo: \$frame->data");
});
\$s->start();
PHP);
}
$procs = [];
foreach (['http', 'ws'] as $name) {
    $procs[] = proc_open($php . escapeshellarg("$dir/$name.php") . " > $dir/$name.out 2>&1", [], $pipes);
    if (!wserver_test_wait(fn () => file_exists("$dir/$name.sock"), 20)) {
        echo "$name did not come up\n", file_get_contents("$dir/$name.out");
    }
}
try {
    usleep(300000);
    echo wserver_test_curl(['-s', '--unix-socket', "$dir/http.sock", 'http://localhost/?a=hello&b=1', 'http://localhost/?c=2']), "\n";
    $c = stream_socket_client("unix://$dir/ws.sock", $errno, $errstr, 5);
    [$status] = wserver_test_ws_handshake($c);
    echo "handshake: $status\n";
    fwrite($c, wserver_test_ws_frame(1, 'hi'));
    echo wserver_test_ws_describe(wserver_test_ws_read($c)), "\n";
} finally {
    foreach ($procs as $proc) {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
}
echo file_get_contents("$dir/http.out"), file_get_contents("$dir/ws.out");
wserver_test_cleanup($dir);
?>
--EXPECT--
{"a":"hello","b":"1"} fd 1{"c":"2"} fd 1
handshake: 101
text "echo: hi"
