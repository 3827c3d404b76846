--TEST--
Chat cluster: 200 WebSocket clients and wrk through HAProxy while every node restarts in turn (stop -g, start): 0 HTTP errors, every client reconnects by itself, every acknowledged message reaches every client of its room once and in order
--EXTENSIONS--
wserver
posix
--SKIPIF--
<?php
require __DIR__ . '/chat.inc';
if ($why = chat_skip_reason()) {
    die("skip $why");
}
if (trim((string) shell_exec('command -v wrk')) === '') {
    die('skip wrk is not installed');
}
exec('/usr/bin/python3 -c "import websockets" 2>&1', $o, $rc);
if ($rc !== 0) {
    die('skip python3-websockets is not installed');
}
?>
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/chat.inc';
$dir = wserver_test_dir();
$clients = $wrk = null;
try {
    [$rc, $out] = chat_cluster($dir, 'up');
    $ep = chat_endpoints($out);
    echo "cluster up: ", $rc === 0 && isset($ep['haproxy'], $ep['node1'], $ep['node2'], $ep['node3']) ? 'haproxy and 3 nodes' : "failed ($rc): $out", "\n";
    $haproxy = $ep['haproxy'];

    $ctl = "$dir/ctl";
    mkdir($ctl);
    $clients = proc_open(['/usr/bin/python3', __DIR__ . '/chat_clients.py', "ws://$haproxy/ws", '200', '4', $ctl],
        [1 => ['file', "$dir/clients.json", 'w'], 2 => ['file', "$dir/clients.err", 'w']], $pipes);
    wserver_test_wait(fn () => is_file("$ctl/ready"), 40);
    echo "clients joined: ", trim((string) @file_get_contents("$ctl/ready")), "\n";

    // HTTP through HAProxy during the whole restart (stopped by SIGINT after it, however long a
    // loaded machine makes it): the page, 4 connections
    $wrk = proc_open(['wrk', '-t1', '-c4', '-d300s', '--timeout', '10s', "http://$haproxy/"],
        [1 => ['file', "$dir/wrk.txt", 'w'], 2 => ['file', "$dir/wrk.txt", 'a']], $pipes);
    usleep(500000);
    [$rc, $out] = chat_cluster($dir, 'rolling-restart', 120);
    echo "rolling-restart: ", $rc === 0 ? preg_replace('/ \(\d+ s\)/', '', str_replace("\n", ', ', $out)) : "failed ($rc): $out", "\n";
    usleep(500000);
    proc_terminate($wrk, SIGINT); // wrk prints its figures on SIGINT
    wserver_test_wait(fn () => !proc_get_status($wrk)['running'], 5);
    touch("$ctl/stop");
    wserver_test_wait(fn () => !proc_get_status($clients)['running'], 40);

    $w = (string) @file_get_contents("$dir/wrk.txt");
    preg_match('/(\d+) requests in/', $w, $req);
    preg_match('/Non-2xx or 3xx responses: (\d+)/', $w, $non2xx);
    preg_match('/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/', $w, $sock);
    $errors = (int) ($non2xx[1] ?? 0) + array_sum(array_map('intval', array_slice($sock, 1)));
    echo "http: ", ($req[1] ?? 0) > 0 ? 'requests served' : "none: $w", ", errors: $errors\n";
    if ($errors) {
        echo $w;
    }

    $r = json_decode((string) @file_get_contents("$dir/clients.json"), true);
    if (!$r) {
        echo "clients: no summary: ", @file_get_contents("$dir/clients.err"), "\n";
    } else {
        echo "clients: {$r['clients']}, joined at the end: {$r['joined_at_end']}\n";
        echo "every client reconnected by itself: ", $r['reconnected'] === $r['clients'] ? 'yes' : "no ({$r['reconnected']})", "\n";
        echo "nodes seen: ", implode(' ', $r['nodes']), "\n";
        echo "messages acknowledged: ", $r['acked'] > 0 ? 'some' : 'none', "\n";
        echo "acknowledged but not delivered: {$r['missing']}\n";
        echo "entries twice or out of order: {$r['violations']}\n";
        echo "errors: ", json_encode($r['errors']), "\n";
    }
} finally {
    foreach ([$wrk, $clients] as $p) {
        if ($p && proc_get_status($p)['running']) {
            proc_terminate($p, SIGKILL);
        }
    }
    chat_cleanup($dir);
}
?>
--EXPECT--
cluster up: haproxy and 3 nodes
clients joined: 200
rolling-restart: node1 restarted, node2 restarted, node3 restarted
http: requests served, errors: 0
clients: 200, joined at the end: 200
every client reconnected by itself: yes
nodes seen: node1 node2 node3
messages acknowledged: some
acknowledged but not delivered: 0
entries twice or out of order: 0
errors: []
