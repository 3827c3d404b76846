--TEST--
Process: killing the manager brings a new one with new workers; killing the master takes every child down
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
$w->count = 2;
$w->onMessage = fn ($c, $d) => $c->send(getmypid());
WServer\Worker::runAll();
PHP);
$tree = function () use ($dir) {
    $master = wserver_test_master_pid($dir);
    $managers = array_keys(wserver_test_children($master));
    $workers = [];
    foreach ($managers as $m) {
        $workers = array_merge($workers, array_keys(wserver_test_children($m)));
    }
    return [$master, $managers, $workers];
};
try {
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => count($tree()[2]) === 2);
    [$master, [$manager], $workers] = $tree();
    posix_kill($manager, SIGKILL);
    wserver_test_wait(function () use ($tree, $manager) {
        [, $m, $w] = $tree();
        return count($m) === 1 && $m[0] !== $manager && count($w) === 2;
    });
    [, $managers2, $workers2] = $tree();
    echo 'new manager: ', $managers2 && $managers2[0] !== $manager ? 'yes' : 'no', "\n";
    echo 'old workers gone: ', count(array_filter($workers, 'wserver_test_alive')) === 0 ? 'yes' : 'no', "\n";
    $c = wserver_test_connect($port);
    fwrite($c, "x\n");
    echo 'served by a new worker: ', in_array((int) wserver_test_line($c), $workers2) ? 'yes' : 'no', "\n";
    fclose($c);

    posix_kill($master, SIGKILL);
    $all = array_merge($managers2, $workers2);
    wserver_test_wait(fn () => count(array_filter($all, 'wserver_test_alive')) === 0);
    echo 'children left after the master died: ', count(array_filter($all, 'wserver_test_alive')), "\n";
    echo 'port free: ', wserver_test_wait(fn () => wserver_test_port_free($port)) ? 'yes' : 'no', "\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
new manager: yes
old workers gone: yes
served by a new worker: yes
children left after the master died: 0
port free: yes
