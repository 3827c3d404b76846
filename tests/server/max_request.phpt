--TEST--
Server: max_request recycles a worker after that many requests (a new pid serves the next ones, the old one drains); with jitter of at most 10 % for larger values
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

/* Send $n requests one at a time, reconnecting when the server closes; the pid of each reply. */
function pids_of(int $port, int $n): array
{
    $pids = [];
    $c = null;
    while (count($pids) < $n) {
        $c ??= wserver_test_connect($port);
        fwrite($c, 'ping');
        $r = (string) fread($c, 64); // the reply, or '' once the server closed
        if (preg_match('/^pid (\d+)$/', $r, $m)) {
            $pids[] = (int) $m[1];
        } else {
            fclose($c); // closed by a draining worker: the next request goes to its successor
            $c = null;
        }
    }
    return $pids;
}

/* [pid, how many requests it answered] in order. */
function runs(array $pids): array
{
    $runs = [];
    foreach ($pids as $p) {
        if ($runs && $runs[count($runs) - 1][0] === $p) {
            $runs[count($runs) - 1][1]++;
        } else {
            $runs[] = [$p, 1];
        }
    }
    return $runs;
}

foreach ([5, 60] as $max) {
    wserver_test_run(function (int $port, string $dir) use ($max) {
        $server = new WServer\Server('127.0.0.1', $port);
        $server->set(['worker_num' => 1, 'max_request' => $max, 'log_file' => "$dir/server.log"]);
        $server->on('receive', function ($server, $fd, $reactorId, $data) {
            $server->send($fd, 'pid ' . getmypid());
        });
        $server->start();
    }, function (int $port, string $dir) use ($max) {
        $runs = runs(pids_of($port, $max === 5 ? 12 : 140));
        if ($max === 5) {
            // below 10 there is no room for jitter: exactly 5 per worker
            echo "max_request 5: ", implode(' ', array_column($runs, 1)), "\n";
        } else {
            $ok = count($runs) >= 2;
            foreach (array_slice($runs, 0, -1) as [$pid, $n]) {
                $ok = $ok && $n >= 54 && $n <= 66;
            }
            echo "max_request 60: each full run within 54..66: ", $ok ? 'yes' : 'no ' . json_encode($runs), "\n";
        }
        echo "distinct pids: ", count(array_unique(array_column($runs, 0))) === count($runs) ? 'yes' : 'no', "\n";
        $log = file_get_contents("$dir/server.log");
        echo "logged: ", preg_match('/requests handled \(max_request\): exiting gracefully/', $log) ? 'yes' : 'no', "\n";
        echo "exits were clean: ", str_contains($log, 'exited with exit status 0; starting a new one') ? 'yes' : 'no', "\n";
    });
}
?>
--EXPECT--
max_request 5: 5 5 2
distinct pids: yes
logged: yes
exits were clean: yes
max_request 60: each full run within 54..66: yes
distinct pids: yes
logged: yes
exits were clean: yes
