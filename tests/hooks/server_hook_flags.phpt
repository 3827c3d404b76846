--TEST--
Hooks: Http\Server's set(['hook_flags' => ...]) hooks the worker: with one worker, a request in sleep(1) does not hold up the next one (which is answered first); 0 leaves sleep() blocking (answered in order); a negative value is warned about and ignored, as other options
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/services.inc';

foreach ([WSERVER_HOOK_SLEEP, 0] as $flags) {
    wserver_test_run(function (int $port, string $dir) use ($flags) {
        $server = new WServer\Http\Server('127.0.0.1', $port);
        $server->set(['worker_num' => 1, 'log_file' => "$dir/server.log", 'hook_flags' => $flags]);
        $server->on('Request', function ($request, $response) {
            if ($request->server['request_uri'] === '/slow') {
                sleep(1);
            }
            $response->end(ltrim($request->server['request_uri'], '/'));
        });
        $server->start();
    }, function (int $port) use ($flags) {
        $slow = hooks_request($port, '/slow');
        usleep(100000); // /slow is in its handler first
        $fast = hooks_request($port, '/fast');
        $order = [];
        $pending = ['slow' => $slow, 'fast' => $fast];
        $end = microtime(true) + 10;
        while ($pending && microtime(true) < $end) {
            $r = array_values($pending);
            $w = $e = null;
            if (stream_select($r, $w, $e, 1) > 0) {
                foreach ($pending as $name => $c) {
                    if (in_array($c, $r, true)) {
                        $order[] = hooks_reply($c);
                        unset($pending[$name]);
                    }
                }
            }
        }
        echo "hook_flags $flags: answered ", implode(', ', $order), "\n";
    });
}
$s = new WServer\Http\Server('127.0.0.1', wserver_test_free_port());
$s->set(['hook_flags' => -1]);
var_dump(WServer\Runtime::getHookFlags());
?>
--EXPECTF--
hook_flags 512: answered fast, slow
hook_flags 0: answered slow, fast

Warning: WServer\Server::set(): option "hook_flags" must be between 0 and 2147483647, -1 given in %s on line %d
int(0)
