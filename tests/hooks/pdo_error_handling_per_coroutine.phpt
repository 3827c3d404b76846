--TEST--
Hooks: PDO turns warnings into PDOException while it connects (EH_THROW); when its connect waits, other coroutines still get plain warnings, and once resumed PDO's own warning is its exception again
--EXTENSIONS--
wserver
pdo_mysql
--FILE--
<?php
use WServer\Coroutine;

WServer\Runtime::enableCoroutine(WSERVER_HOOK_ALL);
Coroutine\run(function () {
    $server = stream_socket_server('tcp://127.0.0.1:0');
    $port = (int) substr(strrchr(stream_socket_get_name($server, false), ':'), 1);
    Coroutine::create(function () use ($server) {
        $c = stream_socket_accept($server, 5);
        echo "server: accepted, closes without a greeting\n";
        Coroutine::sleep(0.1);
        fclose($c);
    });
    Coroutine::create(function () use ($port) {
        echo "pdo: connecting\n";
        try {
            new PDO("mysql:host=127.0.0.1;port=$port;dbname=test", 'u', 'p');
            echo "pdo: connected?\n";
        } catch (PDOException $e) {
            echo 'pdo: ', get_class($e), "\n";
        }
    });
    Coroutine::create(function () {
        echo "other: opens a missing file\n";
        var_dump(fopen(__DIR__ . '/no_such_file', 'r'));
        echo "other: still runs\n";
    });
});
echo "done\n";
?>
--EXPECTF--
pdo: connecting
other: opens a missing file

Warning: fopen(%sno_such_file): Failed to open stream: No such file or directory in %s on line %d
bool(false)
other: still runs
server: accepted, closes without a greeting
pdo: PDOException
done
