<?php
/*
 * Reload and graceful stop under load, as a client sees them.
 *
 *   php -d extension=modules/wserver.so bench/reload_under_load.php [seconds=20] [clients=64]
 *
 * 1. A 4-worker echo server (text protocol, 127.0.0.1, free port). CLIENTS forked client
 *    processes each open a connection, send a line, read the reply, close, and again, for
 *    SECONDS; meanwhile `reload` and `reload -g` are sent 10 times each, spread over the run.
 *    Every request must be answered: failed = refused + reset + no reply.
 * 2. Graceful stop with requests in flight: CLIENTS clients each send a request that sleeps
 *    0.5 s in its callback; `stop -g` follows at once; every one must be answered.
 * Connections are one request each on purpose: a raw TCP echo has no way to tell a client
 * "last reply on this connection" (HTTP's Connection: close), so a reload closes idle
 * persistent connections and only protocols with such a signal keep them loss-free.
 */
$seconds = (float) ($argv[1] ?? 20);
$clients = (int) ($argv[2] ?? 64);
$ext = getenv('WSERVER_SO') ?: dirname(__DIR__) . '/modules/wserver.so';
$php = escapeshellarg(PHP_BINARY) . ' -d extension=' . escapeshellarg($ext);

$dir = sys_get_temp_dir() . '/wserver-reload-bench-' . getmypid();
@mkdir($dir);
$s = stream_socket_server('tcp://127.0.0.1:0');
$port = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
fclose($s);
file_put_contents("$dir/app.php", <<<PHP
<?php
WServer\Worker::\$pidFile = '$dir/app.pid';
WServer\Worker::\$logFile = '$dir/app.log';
WServer\Worker::\$stopTimeout = 5;
\$w = new WServer\Worker('text://127.0.0.1:$port');
\$w->count = 4;
\$w->onMessage = function (\$c, \$d) {
    if (\$d === 'slow') {
        WServer\Coroutine::sleep(0.5);
    }
    \$c->send("ok \$d");
};
WServer\Worker::runAll();
PHP);
$cli = function (string $args) use ($php, $dir) {
    exec("$php " . escapeshellarg("$dir/app.php") . " $args 2>&1", $out, $code);
    return $code;
};

/* Fork n clients running $body($i) until $until; each writes "ok failed" to its file. */
$spawn = function (int $n, callable $body) use ($dir) {
    $pids = [];
    for ($i = 0; $i < $n; $i++) {
        $pid = pcntl_fork();
        if ($pid === 0) {
            [$ok, $failed] = $body($i);
            file_put_contents("$dir/client.$i", "$ok $failed");
            exit(0);
        }
        $pids[] = $pid;
    }
    return $pids;
};
$collect = function (array $pids) use ($dir) {
    $ok = $failed = 0;
    foreach ($pids as $i => $pid) {
        pcntl_waitpid($pid, $st);
        [$a, $b] = explode(' ', @file_get_contents("$dir/client.$i") ?: '0 1');
        $ok += $a;
        $failed += $b;
    }
    return [$ok, $failed];
};
$request = function (string $msg) use ($port) {
    $c = @stream_socket_client("tcp://127.0.0.1:$port", $e1, $e2, 3);
    if (!$c) {
        return false;
    }
    stream_set_timeout($c, 5);
    fwrite($c, "$msg\n");
    $r = fgets($c);
    fclose($c);
    return $r === "ok $msg\n";
};

try {
    if ($cli('start -d') !== 0) {
        exit("cannot start the server\n");
    }
    $until = microtime(true) + $seconds;
    $pids = $spawn($clients, function () use ($request, $until) {
        $ok = $failed = 0;
        while (microtime(true) < $until) {
            $request('ping') ? $ok++ : $failed++;
        }
        return [$ok, $failed];
    });
    $reloads = ['reload' => 0, 'reload -g' => 0];
    for ($k = 0; $k < 20; $k++) {
        usleep((int) ($seconds / 21 * 1e6));
        $cmd = $k % 2 ? 'reload -g' : 'reload';
        $reloads[$cmd] += $cli($cmd) === 0 ? 1 : 0;
    }
    [$ok, $failed] = $collect($pids);
    printf("reload under load: %d clients, %.0f s, reloads done: %d reload + %d reload -g\n",
        $clients, $seconds, $reloads['reload'], $reloads['reload -g']);
    printf("  requests answered: %d, failed (refused, reset or unanswered): %d\n", $ok, $failed);

    $pids = $spawn($clients, fn () => $request('slow') ? [1, 0] : [0, 1]);
    usleep(150000);   // every slow request is in its callback now
    $t = microtime(true);
    $code = $cli('stop -g');
    [$ok, $failed] = $collect($pids);
    printf("stop -g with %d slow requests in flight: exit %d after %.2f s; answered %d, failed %d\n",
        $clients, $code, microtime(true) - $t, $ok, $failed);
} finally {
    $pid = (int) @file_get_contents("$dir/app.pid");
    if ($pid > 0) {
        posix_kill($pid, SIGKILL);
    }
    array_map('unlink', glob("$dir/*"));
    @rmdir($dir);
}
