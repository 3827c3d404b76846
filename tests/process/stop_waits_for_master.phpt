--TEST--
CLI: stop, stop -g and restart return once the master process itself has exited, so stop && start never meets it; a master that does not exit in time is a clear message and exit code 1
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
wserver_test_app($dir, $port, <<<'PHP'
WServer\Worker::$stopTimeout = 1;
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 2;
$w->onMessage = fn ($c, $d) => $c->send("echo:$d");
WServer\Worker::runAll();
PHP);
$clean = fn (string $out) => preg_replace('/pid \d+/', 'pid N', $out);
try {
    [$code, $out] = wserver_test_cli($dir, 'start -d');
    echo "start -d: $code\n";
    foreach (['stop', 'stop -g', 'stop'] as $stop) {
        $master = wserver_test_master_pid($dir);
        [$code, $out] = wserver_test_cli($dir, $stop);
        $gone = !wserver_test_alive($master);
        [$code2, $out2] = wserver_test_cli($dir, 'start -d');
        echo "$stop: $code, master gone on return: ", $gone ? 'yes' : 'no', "; start -d: $code2 ", $clean($out2);
    }
    $master = wserver_test_master_pid($dir);
    [$code, $out] = wserver_test_cli($dir, 'restart -d -g');
    echo "restart -d -g: $code, old master gone: ", wserver_test_alive($master) ? 'no' : 'yes', "\n", $clean($out);

    // a master that cannot exit (stopped): stop gives up after stopTimeout + 5 s
    $master = wserver_test_master_pid($dir);
    posix_kill($master, SIGSTOP);
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop of a stopped master: $code\n", $clean($out);
    posix_kill($master, SIGCONT);   // the SIGINT it got now ends it
    echo 'it ends once it runs again: ', wserver_test_wait(fn () => !wserver_test_alive($master), 10) ? 'yes' : 'no', "\n";
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop: $code $out";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start -d: 0
stop: 0, master gone on return: yes; start -d: 0 WServer[app.php] started as a daemon, master pid N
stop -g: 0, master gone on return: yes; start -d: 0 WServer[app.php] started as a daemon, master pid N
stop: 0, master gone on return: yes; start -d: 0 WServer[app.php] started as a daemon, master pid N
restart -d -g: 0, old master gone: yes
WServer[app.php] gracefully stopping ...
WServer[app.php] stopped
WServer[app.php] started as a daemon, master pid N
stop of a stopped master: 1
WServer[app.php] stopping ...
WServer[app.php] stop timed out: the master (pid N) is still running after 6 s
it ends once it runs again: yes
stop: 1 WServer[app.php] not running
