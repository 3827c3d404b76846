--TEST--
Process: random seeds are reset in every child, even when the master seeded mt_rand
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
mt_srand(42);
$master_next = mt_rand();
mt_srand(42);
wserver_test_run(function (int $port, string $dir) {
    $w = new WServer\Worker("text://127.0.0.1:$port");
    $w->count = 3;
    $w->onWorkerStart = fn ($w) => file_put_contents("$dir/rand", mt_rand() . ' ' . rand() . "\n", FILE_APPEND);
    WServer\Worker::runAll();
}, function (int $port, string $dir) use ($master_next) {
    wserver_test_wait(fn () => substr_count(@file_get_contents("$dir/rand"), "\n") === 3);
    $lines = file("$dir/rand", FILE_IGNORE_NEW_LINES);
    echo 'three distinct sequences: ', count(array_unique($lines)) === 3 ? 'yes' : 'no', "\n";
    $firsts = array_map(fn ($l) => (int) explode(' ', $l)[0], $lines);
    echo 'none repeats the master seed: ', in_array($master_next, $firsts, true) ? 'no' : 'yes', "\n";
});
?>
--EXPECT--
three distinct sequences: yes
none repeats the master seed: yes
