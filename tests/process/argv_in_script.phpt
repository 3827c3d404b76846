--TEST--
CLI: the command is read from $argv also when the script itself uses $argv
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
$mode = $argv[1] ?? 'none';   // reading $argv turns its global slot into an indirect one
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->onMessage = fn ($c, $d) => $c->send("mode was $mode");
WServer\Worker::runAll();
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, 'start -d');
    echo "start -d: $code\n";
    $c = wserver_test_connect($port);
    fwrite($c, "x\n");
    echo wserver_test_line($c);
    [$code, $out] = wserver_test_cli($dir, 'stop');
    echo "stop: $code\n";
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
start -d: 0
mode was start
stop: 0
