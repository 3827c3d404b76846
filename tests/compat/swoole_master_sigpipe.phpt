--TEST--
wserver.aliases=swoole: SIGPIPE to the master is logged as Swoole's warning for a signal without a callback (the server runs on), and a stop adds nothing to the log, as Swoole's
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
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_PROCESS);
\$s->set(['worker_num' => 1, 'log_file' => '$dir/app.log']);
\$s->on('receive', fn (\$s, \$fd, \$r, \$data) => \$s->send(\$fd, "echo \$data"));
\$s->start();
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
try {
    if (!wserver_test_wait(fn () => wserver_test_listening($port), 20)) {
        echo "server did not come up\n", file_get_contents("$dir/out.log");
    }
    posix_kill($pid, SIGPIPE);
    wserver_test_wait(fn () => str_contains((string) @file_get_contents("$dir/app.log"), 'signal'), 10);
    $c = wserver_test_connect($port);
    fwrite($c, "still there");
    stream_set_timeout($c, 5);
    echo fread($c, 100), "\n";
    fclose($c);
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/app.log");
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECTF--
echo still there
[%s]	WARNING	swoole_signal_callback() (ERRNO 721): Unable to find callback function for signal Broken pipe: 13
