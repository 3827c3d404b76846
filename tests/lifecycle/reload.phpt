--TEST--
Lifecycle: reload replaces reloadable workers, which load the edited file; reloadable = false workers stay and run onWorkerReload; callbacks and the changed-file warning
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
$port2 = wserver_test_free_port();
file_put_contents("$dir/handler.php", '<?php return fn ($d) => "v1:$d";');
file_put_contents("$dir/boot.php", '<?php // loaded by the master');
wserver_test_app($dir, $port, <<<PHP
require __DIR__ . '/boot.php';
\$ev = fn (\$e) => file_put_contents(__DIR__ . '/events', \$e . "\\n", FILE_APPEND);
\$w = new WServer\\Worker('text://127.0.0.1:{PORT}');
\$w->name = 'app';
\$w->count = 2;
\$w->onWorkerStart = function (\$w) { \$w->handler = require __DIR__ . '/handler.php'; };
\$w->onMessage = fn (\$c, \$d) => \$c->send((\$w->handler)(\$d) . ' ' . getmypid());
\$w->onWorkerReload = fn (\$w) => \$ev("reload app {\$w->id}");
\$fixed = new WServer\\Worker('text://127.0.0.1:$port2');
\$fixed->name = 'fixed';
\$fixed->reloadable = false;
\$fixed->onMessage = fn (\$c, \$d) => \$c->send((string) getmypid());
\$fixed->onWorkerReload = fn (\$w) => \$ev('reload fixed');
WServer\\Worker::\$onMasterReload = fn () => \$ev('master reload');
WServer\\Worker::\$onWorkerExit = fn (\$w, \$status, \$pid) => \$ev("exit {\$w->name} " . pcntl_wexitstatus(\$status));
WServer\\Worker::runAll();
PHP);
$ask = function (int $p, string $msg) {
    $c = wserver_test_connect($p);
    fwrite($c, "$msg\n");
    return trim(wserver_test_line($c));
};
try {
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(fn () => wserver_test_listening($port2));
    [$v] = explode(' ', $ask($port, 'a'));
    echo "$v\n";
    $fixed_pid = $ask($port2, 'x');
    file_put_contents("$dir/handler.php", '<?php return fn ($d) => "v2:$d";');
    touch("$dir/boot.php", time() + 5);
    [$code, $out] = wserver_test_cli($dir, 'reload');
    echo "reload: $code $out";
    wserver_test_wait(fn () => str_contains(@file_get_contents("$dir/app.log"), 'reload done'));
    $seen = [];
    for ($i = 0; $i < 6; $i++) {
        [$v] = explode(' ', $ask($port, 'b'));
        $seen[$v] = true;
    }
    echo implode(',', array_keys($seen)), "\n";
    echo 'fixed worker kept: ', $ask($port2, 'x') === $fixed_pid ? 'yes' : 'no', "\n";
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/events"), "\n") >= 6);
    $events = file("$dir/events", FILE_IGNORE_NEW_LINES);
    sort($events);
    echo implode("\n", $events), "\n";
    echo preg_match('/files changed but were loaded before runAll\(\).*: .*boot\.php/', file_get_contents("$dir/app.log")) ? "warned about boot.php\n" : "no warning\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
v1:a
reload: 0 WServer[app.php] reloading ...
WServer[app.php] reloaded
v2:b
fixed worker kept: yes
exit app 0
exit app 0
master reload
reload app 0
reload app 1
reload fixed
warned about boot.php
