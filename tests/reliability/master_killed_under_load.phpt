--TEST--
Reliability: SIGKILL of the master while clients keep the workers busy: the manager and every worker go, the port is free
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
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->count = 4;
$w->onMessage = fn ($c, $d) => $c->send($d);
WServer\Worker::runAll();
PHP);
$load = 0;
$kids = [];
try {
    wserver_test_cli($dir, 'start -d');
    $master = wserver_test_master_pid($dir);
    if ($master <= 0) {
        throw new RuntimeException('no master');
    }
    $tree = function () use ($master) {
        $all = [];
        foreach (array_keys(wserver_test_children($master)) as $m) {
            $all = array_merge($all, [$m], array_keys(wserver_test_children($m)));
        }
        return $all;
    };
    wserver_test_wait(fn () => count($tree()) === 5);
    // the load: 8 connections sending lines and reading the echoes until the server is gone
    $load = pcntl_fork();
    if ($load === 0) {
        $cs = [];
        for ($i = 0; $i < 8; $i++) {
            $cs[] = wserver_test_connect($port);
        }
        $end = microtime(true) + 20;
        while ($cs && microtime(true) < $end) {
            foreach ($cs as $k => $c) {
                fwrite($c, "ping\n");
                if (wserver_test_line($c, 2) !== "ping\n") {
                    unset($cs[$k]);
                }
            }
        }
        exit(0);
    }
    usleep(300000);
    $kids = $tree();
    echo 'children before: ', count($kids), "\n";
    posix_kill($master, SIGKILL);
    wserver_test_wait(fn () => count(array_filter($kids, 'wserver_test_alive')) === 0, 10);
    echo 'children left: ', count(array_filter($kids, 'wserver_test_alive')), "\n";
    echo 'port free: ', wserver_test_wait(fn () => wserver_test_port_free($port)) ? 'yes' : 'no', "\n";
    wserver_test_stop_pid($load, SIGTERM, 10);
    $load = 0;
} finally {
    if ($load > 0) {
        wserver_test_stop_pid($load, SIGKILL);
    }
    wserver_test_cleanup($dir, $kids);
}
?>
--EXPECT--
children before: 5
children left: 0
port free: yes
