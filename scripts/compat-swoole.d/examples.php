<?php
// Runs the Swoole examples listed in examples.txt, unchanged, and drives each with a real client.
// Usage: php examples.php LIST EXAMPLES_DIR SO [ONLY_GLOB]
// Prints "examples/PATH: PASS" or "examples/PATH: FAIL <check>: <what the client saw> | <the
// example's first error line>" per example, then "N/M examples pass".
[$_, $listFile, $exDir, $so] = $argv;
$only = $argv[4] ?? '*';
$php = getenv('PHP') ?: PHP_BINARY;
$py = '/usr/bin/python3';
$wsClient = __DIR__ . '/../compat-apps.d/client.py';
const STEP = 5.0;      // seconds a reply, a log line or a server's start may take
const STOP_GRACE = 6;  // seconds between SIGTERM and SIGKILL (a server's max_wait_time is 3 s)

// each example runs in a session of its own, out of reach of the terminal's ^C: stop the one
// under way before going
pcntl_async_signals(true);
foreach ([SIGINT, SIGTERM, SIGHUP] as $sig) {
    pcntl_signal($sig, function () {
        if ($GLOBALS['running'] ?? 0) {
            posix_kill(-$GLOBALS['running'], SIGKILL);
        }
        exit(130);
    });
}

$pass = 0;
$total = 0;
foreach (file($listFile, FILE_IGNORE_NEW_LINES) as $line) {
    if (trim($line) === '' || $line[0] === '#') {
        continue;
    }
    $fields = array_map('trim', explode(' | ', $line));
    $path = array_shift($fields);
    if (!fnmatch($only, $path)) {
        continue;
    }
    $total++;
    $failure = runExample("$exDir/$path", array_shift($fields), $fields);
    echo "examples/$path: ", $failure === null ? 'PASS' : "FAIL $failure", "\n";
    $pass += $failure === null ? 1 : 0;
    if ($failure !== null) {
        $causes[causeOf($failure)][] = $path;
    }
}
echo "$pass/$total examples pass\n";
if ($causes ?? []) {
    uasort($causes, fn($a, $b) => count($b) <=> count($a));
    echo "failures by cause:\n";
    foreach ($causes as $cause => $paths) {
        printf("%3d  %s: %s\n", count($paths), $cause, implode(', ', $paths));
    }
}

/** A failure's cause: its example's first error without time, pid, coroutine and path; else the
 *  check that failed. */
function causeOf(string $failure): string
{
    $error = substr($failure, strrpos($failure, ' | ') + 3);
    if ($error === 'no error printed') {
        return preg_match('/^start: \S+ (.*?) \|/', $failure, $m) ? "no error printed, $m[1]"
            : 'no error printed, ' . strtok($failure, ' ') . ' check: wrong or no reply';
    }
    $error = preg_replace('/^\d{4}-\d\d-\d\d [\d:]+ pid:\d+ (\[coroutine \d+\] )?/', '', $error);
    $error = preg_replace('/^PHP (Fatal error|Warning|Notice|Deprecated): +(Uncaught )?/', '$1: ', $error);
    return preg_replace('/ in \/\S+(:\d+| on line \d+)$/', '', $error);
}

/** Returns null when every check passed, or what failed. */
function runExample(string $file, string $how, array $checks): ?string
{
    global $php, $so;
    if (!is_file($file)) {
        return "missing: no $file in this snapshot";
    }
    [$kind, $arg] = explode(' ', $how, 2) + [1 => ''];
    $dir = dirname($file);
    $ports = portsOf($how . ' ' . implode(' ', $checks));
    $map = freePorts($ports);
    if ($map) {
        // harness adaptation: a port the example hard-codes is taken on this machine, so a
        // copy listens on a free one instead (the only change ever made to an example)
        $code = file_get_contents($file);
        foreach ($map as $from => $to) {
            $code = preg_replace("/(?<![\\d.])$from(?!\\d)/", (string) $to, $code);
        }
        $file = "$dir/.wserver-port-" . basename($file);
        file_put_contents($file, $code);
    }
    $GLOBALS['portMap'] = $map;
    $renum = fn(string $s) => $map ? preg_replace_callback('/(?<=^| |:)(\d{4,5})(?= |$)/',
        fn($m) => (string) ($map[$m[1]] ?? $m[1]), $s) : $s;
    @unlink("$dir/svr.sock"); // the unix socket examples' path, left by a killed one
    $log = tempnam(sys_get_temp_dir(), 'wserver-example-');
    // zend.assertions=1 as in php.ini-development: some examples call what they need in assert()
    $cmd = ['setsid', $php, '-d', "extension=$so", '-d', 'wserver.aliases=swoole', '-d', 'zend.assertions=1',
        basename($file)];
    $proc = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['file', $log, 'a'],
        2 => ['file', $log, 'a']], $pipes, $dir);
    $pid = $GLOBALS['running'] = proc_get_status($proc)['pid'];
    $failure = null;
    try {
        if ($kind === 'serve') {
            foreach (explode(' ', $renum($arg)) as $addr) {
                if (!waitReady($addr, $proc, $dir)) {
                    $state = proc_get_status($proc)['running'] ? 'not ready after ' . STEP . ' s' : 'the example exited';
                    return $failure = "start: $addr $state | " . firstError($log);
                }
            }
            foreach ($checks as $check) {
                $saw = runCheck($renum($check), $dir, $log);
                if ($saw !== null) {
                    return $failure = "$check: $saw | " . firstError($log);
                }
            }
        } else {
            $deadline = microtime(true) + (float) $arg;
            while (proc_get_status($proc)['running'] && microtime(true) < $deadline) {
                usleep(50000);
            }
            if ($kind === 'run' && proc_get_status($proc)['running']) {
                return $failure = "run: still running after $arg s | " . firstError($log);
            }
            stopGroup($pid, $proc);
            foreach ($checks as $check) {
                [$word, $re] = explode(' ', $check, 2);
                $out = file_get_contents($log);
                if ((preg_match($re, $out) === 1) !== ($word === 'out')) {
                    return $failure = "$check: output " . shown($out) . ' | ' . firstError($log);
                }
            }
        }
        $error = firstError($log);
        if ($error !== 'no error printed') {
            return $failure = "clean: printed a PHP error | $error";
        }
        return null;
    } finally {
        stopGroup($pid, $proc);
        $GLOBALS['running'] = 0;
        if ($failure !== null && getenv('WSERVER_EXAMPLES_LOGS')) {
            fwrite(STDERR, "--- output of $file:\n" . file_get_contents($log) . "---\n");
        }
        @unlink($log);
        if ($map) {
            @unlink($file);
        }
    }
}

/** The TCP/UDP ports an entry names (as "tcp:N", "udp:N" or a check's "tcp N"). */
function portsOf(string $s): array
{
    preg_match_all('/\b(?:tcp|udp|http|ws)[: ](\d{4,5})\b/', $s, $m);
    return array_unique($m[1]);
}

/** For each port taken on this machine, a free one to use instead. */
function freePorts(array $ports): array
{
    $map = [];
    foreach ($ports as $p) {
        $tcp = @stream_socket_server("tcp://0.0.0.0:$p");
        $udp = @stream_socket_server("udp://0.0.0.0:$p", $e, $es, STREAM_SERVER_BIND);
        if ($tcp && $udp) {
            fclose($tcp);
            fclose($udp);
            continue;
        }
        $tcp && fclose($tcp);
        $udp && fclose($udp);
        do {
            $s = stream_socket_server('tcp://0.0.0.0:0');
            $free = (int) substr(strrchr(stream_socket_get_name($s, false), ':'), 1);
            fclose($s);
            $u = @stream_socket_server("udp://0.0.0.0:$free", $e, $es, STREAM_SERVER_BIND);
        } while (!$u);
        fclose($u);
        $map[$p] = $free;
    }
    return $map;
}

function waitReady(string $addr, $proc, string $dir): bool
{
    [$kind, $where] = explode(':', $addr, 2);
    $deadline = microtime(true) + STEP * 2;
    while (microtime(true) < $deadline && proc_get_status($proc)['running']) {
        // read from /proc, not by connecting: some examples accept one connection only
        $ready = match ($kind) {
            'tcp' => bound(['/proc/net/tcp', '/proc/net/tcp6'], (int) $where, true),
            'udp' => bound(['/proc/net/udp', '/proc/net/udp6'], (int) $where, false),
            'unix' => unixListening("$dir/$where"),
            'unixdgram' => @filetype("$dir/$where") === 'socket',
        };
        if ($ready) {
            return true;
        }
        usleep(50000);
    }
    return false;
}

/** A socket of $tables bound to local port $port (listening, for TCP). */
function bound(array $tables, int $port, bool $listening): bool
{
    foreach ($tables as $f) {
        foreach (file($f) ?: [] as $row) {
            $col = preg_split('/\s+/', trim($row));
            if (str_ends_with($col[1] ?? '', sprintf(':%04X', $port)) && (!$listening || $col[3] === '0A')) {
                return true;
            }
        }
    }
    return false;
}

/** A unix stream socket at $path that accepts connections (__SO_ACCEPTCON in its flags). */
function unixListening(string $path): bool
{
    foreach (file('/proc/net/unix') ?: [] as $row) {
        $col = preg_split('/\s+/', trim($row));
        if (($col[7] ?? '') === $path && (hexdec($col[3]) & 0x10000)) {
            return true;
        }
    }
    return false;
}

/** Runs one check; null when it passed, else what the client saw. */
function runCheck(string $check, string $dir, string $log): ?string
{
    global $py, $wsClient;
    [$word, $rest] = explode(' ', $check, 2);
    if ($word === 'log') {
        $deadline = microtime(true) + STEP;
        do {
            $out = file_get_contents($log);
            if (preg_match($rest, $out) === 1) {
                return null;
            }
            usleep(50000);
        } while (microtime(true) < $deadline);
        return 'output ' . shown($out);
    }
    [$call, $re] = array_map('trim', explode(' => ', $rest, 2)) + [1 => null];
    $args = tokens($call);
    switch ($word) {
        case 'tcp':
        case 'udp':
            return exchange("$word://127.0.0.1:{$args[0]}", stripcslashes($args[1]), $re);
        case 'unix':
            return exchange("unix://$dir/{$args[0]}", stripcslashes($args[1]), $re);
        case 'unixdgram':
            return exchange("udg://$dir/{$args[0]}", stripcslashes($args[1]), $re);
        case 'http':
            $cmd = array_merge(['curl', '-si', '--max-time', (string) STEP], array_slice($args, 2),
                ['http://127.0.0.1:' . $args[0] . $args[1]]);
            $out = capture($cmd);
            return preg_match($re, $out) === 1 ? null : 'curl got ' . shown($out);
        case 'php':
            return runClientExample($args[0], $re);
        case 'ws':
            $out = capture(array_merge([$py, $wsClient, 'steps', $args[0], $args[1]], array_slice($args, 2)));
            return trim($out) === 'ok' ? null : trim($out);
    }
    return "unknown check $word";
}

/** Runs another example (one of Swoole's clients) unchanged against the server; its output must
 *  match $re. */
function runClientExample(string $path, string $re): ?string
{
    global $php, $so, $exDir, $portMap;
    $file = "$exDir/$path";
    if ($portMap) { // the same harness adaptation as for the server
        $code = file_get_contents($file);
        foreach ($portMap as $from => $to) {
            $code = preg_replace("/(?<![\\d.])$from(?!\\d)/", (string) $to, $code);
        }
        $file = dirname($file) . '/.wserver-port-' . basename($file);
        file_put_contents($file, $code);
    }
    $p = proc_open(['timeout', '-k', '2', (string) (STEP * 3), $php, '-d', "extension=$so", '-d',
        'wserver.aliases=swoole', '-d', 'zend.assertions=1', basename($file)],
        [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes, dirname($file));
    $out = stream_get_contents($pipes[1]);
    $code = proc_close($p);
    if ($portMap) {
        @unlink($file);
    }
    if ($code === 124) {
        return "$path did not end within " . STEP * 3 . ' s; printed ' . shown($out);
    }
    return preg_match($re, $out) === 1 ? null : "$path printed " . shown($out);
}

/** Sends $send and reads until the reply matches $re (null: nothing expected). */
function exchange(string $url, string $send, ?string $re): ?string
{
    if (str_starts_with($url, 'udg://')) {
        return unixDgram(substr($url, 6), $send, $re);
    }
    $c = @stream_socket_client($url, $errno, $errstr, STEP);
    if (!$c) {
        return "connect failed: $errstr";
    }
    fwrite($c, $send);
    if ($re === null) {
        usleep(200000);
        fclose($c);
        return null;
    }
    stream_set_blocking($c, false);
    $got = '';
    $deadline = microtime(true) + STEP;
    while (microtime(true) < $deadline) {
        $r = [$c];
        $w = $e = null;
        if (stream_select($r, $w, $e, 0, 100000)) {
            $chunk = fread($c, 65536);
            if ($chunk === '' || $chunk === false) {
                if (str_starts_with($url, 'udp') || feof($c)) {
                    break;
                }
                continue;
            }
            $got .= $chunk;
            if (preg_match($re, $got) === 1) {
                fclose($c);
                return null;
            }
        }
    }
    fclose($c);
    return 'got ' . shown($got);
}

/** A unix datagram client bound to a path of its own, so the server can answer it. */
function unixDgram(string $path, string $send, ?string $re): ?string
{
    $s = socket_create(AF_UNIX, SOCK_DGRAM, 0);
    $me = sys_get_temp_dir() . '/wserver-example-' . getmypid() . '.sock';
    @unlink($me);
    socket_bind($s, $me);
    try {
        if (@socket_sendto($s, $send, strlen($send), 0, $path) === false) {
            return 'sendto failed: ' . socket_strerror(socket_last_error($s));
        }
        socket_set_option($s, SOL_SOCKET, SO_RCVTIMEO, ['sec' => (int) STEP, 'usec' => 0]);
        $got = '';
        @socket_recvfrom($s, $got, 65536, 0, $from);
        return $re === null || preg_match($re, (string) $got) === 1 ? null : 'got ' . shown((string) $got);
    } finally {
        socket_close($s);
        @unlink($me);
    }
}

function capture(array $cmd): string
{
    $p = proc_open($cmd, [0 => ['file', '/dev/null', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
    $out = stream_get_contents($pipes[1]) . stream_get_contents($pipes[2]);
    proc_close($p);
    return $out;
}

/** Words and "quoted strings" (\" stays an escaped quote for stripcslashes). */
function tokens(string $s): array
{
    preg_match_all('/"((?:[^"\\\\]|\\\\.)*)"|(\S+)/', $s, $m, PREG_SET_ORDER);
    return array_map(fn($t) => isset($t[2]) ? $t[2] : str_replace('\\"', '"', $t[1]), $m);
}

/** The first PHP error line of an example's output. */
function firstError(string $log): string
{
    $re = '/^.*\b(Fatal error|Parse error|Warning|Notice|Deprecated|Uncaught)\b.*$/m';
    return preg_match($re, (string) @file_get_contents($log), $m) ? trim($m[0]) : 'no error printed';
}

function shown(string $s): string
{
    $s = strlen($s) > 160 ? substr($s, 0, 160) . '...' : $s;
    return $s === '' ? 'nothing' : '"' . addcslashes($s, "\0..\37\"\\\177..\377") . '"';
}

/** SIGTERM to the example (a server's master stops its own processes), then SIGKILL to its whole
 *  process group if some of it is still there after a bound. */
function stopGroup(int $pid, $proc): void
{
    if (!posix_kill(-$pid, 0)) {
        return;
    }
    posix_kill($pid, SIGTERM);
    $deadline = microtime(true) + STOP_GRACE;
    while (microtime(true) < $deadline && posix_kill(-$pid, 0)) {
        proc_get_status($proc); // reaps the leader once it has exited
        usleep(50000);
    }
    if (posix_kill(-$pid, 0)) {
        posix_kill(-$pid, SIGKILL);
    }
}
