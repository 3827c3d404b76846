<?php
/*
 * TCP echo server for the echo benchmark (bench/echo.sh).
 *
 *   WSERVER_BENCH_PORT=9000 php -d extension=modules/wserver.so bench/echo_server.php start
 *   php -d extension=modules/wserver.so bench/echo_server.php start 9000   (port as last argv)
 *
 * Stop: kill -INT <master pid from the pid file>, or the `stop` command with the same env.
 * Pid and log files go to WSERVER_BENCH_DIR (default: sys_get_temp_dir()/wserver-bench-PORT).
 */
declare(strict_types=1);

use WServer\Worker;

$port = getenv('WSERVER_BENCH_PORT');
// A trailing numeric argument is the port: hand runAll() only the command words.
// (Read $_SERVER['argv'], not $argv: a top-level $argv becomes a compiled variable whose
// symbol-table slot is INDIRECT, and runAll() then sees no command at all.)
$args = array_slice($_SERVER['argv'] ?? [], 1);
if ($args && preg_match('/^[0-9]+$/', (string) end($args))) {
    $port = array_pop($args);
    Worker::$command = implode(' ', $args);
}
$port = (int) ($port ?: 9000);

$dir = getenv('WSERVER_BENCH_DIR') ?: sys_get_temp_dir() . "/wserver-bench-$port";
if (!is_dir($dir) && !@mkdir($dir, 0700, true) && !is_dir($dir)) {
    fwrite(STDERR, "cannot create $dir\n");
    exit(1);
}
Worker::$pidFile = "$dir/echo.pid";
Worker::$statusFile = "$dir/echo.status"; // not next to this script
Worker::$logFile = "$dir/echo.log";

$w = new Worker("tcp://127.0.0.1:$port");
$w->name = 'echo';
$w->count = 1;
$w->onMessage = fn($c, $d) => $c->send($d);

Worker::runAll();
