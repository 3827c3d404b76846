--TEST--
wserver.aliases=swoole: start() again on a server that ran and shut down is false with Swoole's warning
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
$php = wserver_test_php() . ' -d wserver.aliases=swoole -d display_errors=1 -d log_errors=0 ';
file_put_contents("$dir/app.php", <<<PHP
<?php
\$s = new Swoole\Server('127.0.0.1', $port, SWOOLE_BASE);
\$s->set(['worker_num' => 1, 'log_file' => '/dev/null']);
\$s->on('workerStart', fn (\$s) => \$s->shutdown());
\$s->on('receive', function () {});
\$first = \$s->start();
echo 'first: ', json_encode(\$first), "\\n";
\$second = \$s->start();
echo 'second: ', json_encode(\$second), "\\n";
PHP);
$proc = proc_open('exec ' . $php . escapeshellarg("$dir/app.php") . " > $dir/out.log 2>&1", [], $pipes);
$pid = proc_get_status($proc)['pid'];
if (!wserver_test_wait(fn () => !proc_get_status($proc)['running'], 20)) {
    echo "still running\n";
    posix_kill($pid, SIGKILL);
}
proc_close($proc);
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECTF--
first: true
%A
Warning: Swoole\Server::start(): The server have been shutdown, unable to execute Swoole\Server->start() in %sapp.php on line 8
second: false
