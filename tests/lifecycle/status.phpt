--TEST--
Lifecycle: status answers at once from shared memory, shows a busy worker as busy and the Tables, Atomics and Locks the workers share; status --json; exit counts
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
$table = new WServer\Table(64);
$table->column('n', WServer\Table::TYPE_INT);
$table->create();
$hits = new WServer\Atomic();
$total = new WServer\Atomic\Long();
$lock = new WServer\Lock();
$w = new WServer\Worker('text://127.0.0.1:{PORT}');
$w->name = 'stat"us';
$w->count = 2;
$w->onWorkerStart = fn () => WServer\Timer::add(60, fn () => null);
$w->onMessage = function ($c, $d) {
    if ($d === 'block') {
        $c->send('blocking');
        sleep(5);   // blocks the whole worker: it cannot answer any signal meanwhile
    }
    $c->send("ok");
};
WServer\Worker::runAll();
PHP);
try {
    [$code, $out] = wserver_test_cli($dir, 'status');
    echo "before start: $code $out";
    wserver_test_cli($dir, 'start -d');
    wserver_test_wait(function () use ($dir) {
        $j = json_decode(wserver_test_cli($dir, 'status --json')[1], true);
        return $j && count(array_filter($j['workers'], fn ($w) => $w['status'] === 'idle')) === 2;
    });
    $c = wserver_test_connect($port);
    fwrite($c, "hello\n");
    wserver_test_line($c);
    $b = wserver_test_connect($port);
    fwrite($b, "block\n");
    wserver_test_read($b, 8);
    $t = microtime(true);
    [$code, $out] = wserver_test_cli($dir, 'status');
    $took = microtime(true) - $t;
    echo "status: $code, answered while a worker blocks: ", $took < 3.5 ? "yes" : "no ($took s)", "\n";
    $lines = explode("\n", trim($out));
    echo preg_match('/^-+ WSERVER STATUS -+$/', $lines[0]) ? "title\n" : $lines[0] . "\n";
    echo preg_match('/^WServer version: \d+\.\d+\.\d+ +event loop: libev \d+\.\d+ \w+$/', $lines[1]) ? "version and loop\n" : $lines[1] . "\n";
    echo preg_match('/^start time: [\d-]+ [\d:]+ +run 0 days 0 hours 0 minutes +load average: [\d.]+, [\d.]+, [\d.]+$/', $lines[2]) ? "start time, uptime, load\n" : $lines[2] . "\n";
    echo preg_match('/^1 worker group\(s\), 2 processes +connection limit: \d+ \(open files\)$/', $lines[3]) ? "groups and limit\n" : $lines[3] . "\n";
    echo $lines[4], "\n";
    echo preg_replace(['/\(\d+(\.\d+)?[BKMG]\)/', '/in all \d+(\.\d+)?[BKMG]/'], ['(size)', 'in all SIZE'], $lines[5]), "\n";
    echo preg_replace('/ +/', ' ', $lines[6]), "\n";
    $rows = array_slice($lines, 7, 2);
    $states = array_map(fn ($r) => preg_split('/ +/', $r)[9] ?? '?', $rows);
    sort($states);
    echo 'states: ', implode(',', $states), "\n";
    $busy = preg_grep('/busy$/', $rows);
    $f = preg_split('/ +/', reset($busy));
    echo 'busy row: connections ', $f[4] >= 1 ? '>= 1' : $f[4], ", timers {$f[6]}, total_request ", $f[7] >= 1 ? '>= 1' : $f[7], "\n";

    $j = json_decode(wserver_test_cli($dir, 'status --json')[1], true);
    echo 'json keys: ', implode(',', array_keys($j)), "\n";
    echo 'worker keys: ', implode(',', array_keys($j['workers'][0])), "\n";
    echo 'name escaped: ', $j['workers'][0]['name'], "\n";
    echo 'shared memory: ', json_encode(array_map(fn ($k) => [$k['count'], $k['bytes'] > 0], $j['shared_memory'])), "\n";
    echo 'memory > 1 MB: ', $j['workers'][0]['memory'] > 1 << 20 ? 'yes' : 'no', "\n";

    // a killed worker shows in the exit counts
    $idle = array_values(array_filter($j['workers'], fn ($w) => $w['status'] === 'idle'))[0]['pid'];
    posix_kill($idle, SIGKILL);
    wserver_test_wait(fn () => json_decode(wserver_test_cli($dir, 'status --json')[1], true)['exits'] !== []);
    $j = json_decode(wserver_test_cli($dir, 'status --json')[1], true);
    echo json_encode($j['exits']), "\n";
    echo preg_grep('/^worker exits:/', explode("\n", wserver_test_cli($dir, 'status')[1])) ? implode('', preg_grep('/^worker exits:/', explode("\n", wserver_test_cli($dir, 'status')[1]))) . "\n" : "no exits line\n";
    posix_kill(wserver_test_master_pid($dir), SIGUSR2);
    echo 'SIGUSR2 logs the table: ', wserver_test_wait(fn () => str_contains(file_get_contents("$dir/app.log"), 'WSERVER STATUS')) ? 'yes' : 'no', "\n";
    wserver_test_cli($dir, 'stop');
} finally {
    wserver_test_cleanup($dir);
}
?>
--EXPECT--
before start: 1 WServer[app.php] not running
status: 0, answered while a worker blocks: yes
title
version and loop
start time, uptime, load
groups and limit
worker exits: none
shared memory: 1 table (size), 2 atomics (size), 1 lock (size)    in all SIZE
pid memory listening worker_name connections send_fail timers total_request qps status
states: busy,idle
busy row: connections >= 1, timers 1, total_request >= 1
json keys: version,event_loop,start_time,uptime,load_average,connection_limit,master_pid,manager_pid,exits,shared_memory,workers
worker keys: pid,id,name,listening,memory,connections,send_fail,timers,coroutines,total_request,qps,status,tls_failed
name escaped: stat"us
shared memory: {"tables":[1,true],"atomics":[2,true],"locks":[1,true]}
memory > 1 MB: yes
[{"worker":"stat\"us","status":"killed by signal 9 (SIGKILL)","count":1}]
worker exits: stat"us: killed by signal 9 (SIGKILL) x 1
SIGUSR2 logs the table: yes
