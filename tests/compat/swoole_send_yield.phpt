--TEST--
wserver.aliases=swoole: send_yield makes Server::send() from a coroutine wait while the send buffer (buffer_output_size) is full instead of failing, until the client reads; send_timeout bounds the wait; without send_yield the send fails at once
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
$cases = [
    'send_yield' => "'send_yield' => true",
    'send_yield, send_timeout 0.3' => "'send_yield' => true, 'send_timeout' => 0.3",
    'no send_yield' => "'send_yield' => false",
];
foreach ($cases as $what => $opts) {
    $port = wserver_test_free_port();
    file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'buffer_output_size' => 1 << 20, 'log_file' => '$dir/app.log', $opts]);
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    \$ok = 0;
    \$t = microtime(true);
    for (\$i = 0; \$i < 24; \$i++) {
        \$ok += \$s->send(\$fd, str_repeat(chr(65 + \$i % 26), 256 << 10)) ? 1 : 0;
    }
    file_put_contents('$dir/result', sprintf("%d %s", \$ok, microtime(true) - \$t > 0.2 ? 'yes' : 'no'));
});
\$s->start();
PHP);
    $proc = proc_open($php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
    try {
        if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
            echo "server did not come up\n", file_get_contents("$dir/out.log");
        }
        $c = stream_socket_client("tcp://127.0.0.1:$port", $errno, $errstr, 5);
        fwrite($c, "go");
        usleep(800000); // the client reads nothing for a while: the server's buffer fills
        $got = 0;
        stream_set_timeout($c, 1); // read until nothing comes for a second
        while (($r = fread($c, 1 << 20)) !== '' && $r !== false) {
            $got += strlen($r);
        }
        wserver_test_wait(fn () => is_file("$dir/result"), 10);
        [$ok, $waited] = explode(' ', file_get_contents("$dir/result"));
        echo "$what: ", $ok == 24 ? 'all 24 sent' : 'some failed', ", waited $waited, ",
            $got === $ok * (256 << 10) ? 'the client got them all' : "the client got $got bytes", "\n";
        unlink("$dir/result");
    } finally {
        posix_kill(proc_get_status($proc)['pid'], SIGTERM);
        wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
        proc_close($proc);
    }
}
wserver_test_cleanup($dir);
?>
--EXPECT--
send_yield: all 24 sent, waited yes, the client got them all
send_yield, send_timeout 0.3: some failed, waited yes, the client got them all
no send_yield: some failed, waited no, the client got them all
