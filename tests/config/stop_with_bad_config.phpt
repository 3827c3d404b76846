--TEST--
Configuration: a mistake is reported by start only: with the script broken while its server runs, start says already running and stop still stops it
--EXTENSIONS--
wserver
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/config.inc';
$dir = wserver_test_dir();
$port = wserver_test_free_port();
$good = <<<'PHP'
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = fn ($c, $d) => $c->send("echo:$d");
WServer\Worker::runAll();
PHP;
try {
    wserver_test_app($dir, $port, $good);
    [$code, $out] = wserver_test_cli($dir, 'start -d');
    echo "start -d: $code\n";
    $master = wserver_test_master_pid($dir);
    // the script is edited while it runs: a bad address and a callback that is not callable
    wserver_test_app($dir, $port, str_replace(["'text://127.0.0.1:{PORT}'", 'fn ($c, $d) => $c->send("echo:$d")'], ["'text://127.0.0.1:99999'", "'no_such_handler'"], $good));
    foreach (['start -d', 'status', 'stop', 'start -d'] as $args) {
        [$code, $out] = wserver_test_cli($dir, $args);
        echo "$args: $code ", $args === 'status' ? (str_contains($out, 'text://127.0.0.1:' . $port) ? "(the running server's table)\n" : $out) : preg_replace('/pid \d+/', 'pid N', $out);
    }
    echo 'the old master is gone: ', wserver_test_alive($master) ? 'no' : 'yes', "\n";
    echo 'left: ', wserver_config_leftovers($dir, $port), "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start -d: 0
start -d: 1 WServer[app.php] already running (pid N)
status: 0 (the running server's table)
stop: 0 WServer[app.php] stopping ...
WServer[app.php] stopped
start -d: 1 WServer[app.php] cannot start: Worker "none": invalid port in "text://127.0.0.1:99999"
the old master is gone: yes
left: app.log, stdout.log
