--TEST--
wserver.aliases=swoole: open_length_check with package_length_func: the callable measures each package (its length; 0 for more bytes; negative: bad, the connection closes), and receive gets whole packages
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
\$s->set([
    'worker_num' => 1,
    'log_file' => '$dir/app.log',
    'open_length_check' => true,
    // a digit, then that many bytes; 'x' is bad
    'package_length_func' => function (string \$data) {
        if (\$data[0] === 'x') {
            return -1;
        }
        return strlen(\$data) < 1 ? 0 : 1 + (int) \$data[0];
    },
]);
\$s->on('receive', function (\$s, \$fd, \$rid, \$data) {
    \$s->send(\$fd, "[\$data]\\n");
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
    fwrite($c, "3abc2xy4de");
    echo wserver_test_line($c), wserver_test_line($c);
    usleep(100000);
    fwrite($c, "fg");
    echo wserver_test_line($c);
    fwrite($c, "x");
    echo "bad package closes: ", json_encode(wserver_test_closed($c)), "\n";
} finally {
    posix_kill($pid, SIGTERM);
    wserver_test_wait(fn () => !proc_get_status($proc)['running'], 10);
    proc_close($proc);
}
echo file_get_contents("$dir/out.log");
wserver_test_cleanup($dir);
?>
--EXPECT--
[3abc]
[2xy]
[4defg]
bad package closes: true
