<?php
// Blocking clients made coroutine-aware, shared through connection pools: one worker serves
// many requests at once while each waits on MariaDB (PDO) or Redis (phpredis).
//   MYSQL_DSN='mysql:host=127.0.0.1;port=3306' MYSQL_USER=root MYSQL_PASS= REDIS=127.0.0.1:6379 \
//   php -d extension=$PWD/modules/wserver.so examples/pool_pdo_redis.php
// then: curl localhost:8484/db  (SELECT SLEEP(0.1) through the PDO pool)
//       curl localhost:8484/redis (INCR through the Redis pool)
use WServer\Coroutine\ConnectionPool;

WServer\Runtime::enableCoroutine(); // tcp/unix streams, sleep(), stream_select() hooked

$http = new WServer\Http\Server('0.0.0.0', 8484);
$http->set(['worker_num' => 1]);
$pdoPool = $redisPool = null;
$http->on('WorkerStart', function () use (&$pdoPool, &$redisPool) {
    // pools belong to a worker: connections must not cross fork()
    $pdoPool = new ConnectionPool(function () {
        $pdo = new PDO(getenv('MYSQL_DSN') ?: 'mysql:host=127.0.0.1;port=3306',
            getenv('MYSQL_USER') ?: 'root', getenv('MYSQL_PASS') ?: '');
        $pdo->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        return $pdo;
    }, 8);
    $redisPool = new ConnectionPool(function () {
        [$host, $port] = explode(':', getenv('REDIS') ?: '127.0.0.1:6379');
        $r = new Redis();
        $r->connect($host, (int) $port);
        return $r;
    }, 8);
});
$http->on('Request', function ($request, $response) use (&$pdoPool, &$redisPool) {
    $path = $request->server['request_uri'];
    $pool = $path === '/db' ? $pdoPool : $redisPool;
    $conn = $pool->get(2); // waits up to 2 s for a free connection
    if ($conn === false) {
        $response->status(503);
        $response->end("busy\n");
        return;
    }
    try {
        $out = $path === '/db'
            ? $conn->query('SELECT SLEEP(0.1), CONNECTION_ID()')->fetchColumn(1)
            : $conn->incr('hits');
        $pool->put($conn);
    } catch (PDOException | RedisException $e) {
        $pool->put(null); // broken: dropped, the next get() makes a new one
        $out = 'error: ' . $e->getMessage();
    }
    $response->end("$path: $out\n");
});
$http->start();
