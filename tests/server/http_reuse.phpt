--TEST--
Http\Server: each request gets a Request and a Response as new, though the worker reuses those nobody kept: nothing of the previous request shows, one the application kept stays its own, and a PHP reference kept to a property keeps its value without tying the next request to it
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
wserver_test_run(function (int $port, string $dir) {
    $http = new WServer\Http\Server('127.0.0.1', $port);
    $http->set(['worker_num' => 1, 'log_file' => "$dir/server.log"]);
    $kept = null;
    $refs = [];
    $http->on('request', function ($request, $response) use (&$kept, &$refs) {
        $path = $request->server['path_info'];
        $seen = [$path, $request->get, $request->cookie, $request->header['x-one'] ?? '-', $request->fd > 0];
        if ($path === '/keep') {
            $kept = [$request, $response];
        } elseif ($path === '/ref') {
            $refs['get'] = &$request->get;
        } elseif ($path === '/refcheck') {
            $seen[] = $refs['get'];
            $request->get = ['mine'];
            $seen[] = $refs['get'];
        } elseif ($path === '/kept') {
            $seen[] = [$kept[0] !== $request, $kept[1] !== $response, $kept[0]->server['path_info'], $kept[0]->get, $kept[1]->isWritable()];
        }
        $request->get['scribble'] = 1; // gone by the next request
        if ($path === '/first') {
            $response->status(202);
            $response->header('X-One', 'yes');
        }
        $response->end(json_encode($seen));
    });
    $http->start();
}, function (int $port) {
    $c = wserver_test_connect($port);
    $ask = function (string $target, string $extra = '') use ($c) {
        fwrite($c, "GET $target HTTP/1.1\r\nHost: x\r\n{$extra}\r\n");
        [$status, $headers, $body] = wserver_test_http_read($c);
        echo $status, ' ', $headers['x-one'][0] ?? '-', ' ', $body, "\n";
    };
    $ask('/first?a=1', "X-One: 1\r\nCookie: c=2\r\n");
    for ($i = 0; $i < 3; $i++) {
        $ask('/plain');
    }
    $ask('/keep?k=3');
    $ask('/plain');
    $ask('/kept');
    $ask('/ref?r=5');
    $ask('/refcheck');
    $ask('/plain');
    fclose($c);
});
?>
--EXPECT--
202 yes ["\/first",{"a":"1"},{"c":"2"},"1",true]
200 - ["\/plain",null,null,"-",true]
200 - ["\/plain",null,null,"-",true]
200 - ["\/plain",null,null,"-",true]
200 - ["\/keep",{"k":"3"},null,"-",true]
200 - ["\/plain",null,null,"-",true]
200 - ["\/kept",null,null,"-",true,[true,true,"\/keep",{"k":"3","scribble":1},false]]
200 - ["\/ref",{"r":"5"},null,"-",true]
200 - ["\/refcheck",null,null,"-",true,{"r":"5","scribble":1},{"r":"5","scribble":1}]
200 - ["\/plain",null,null,"-",true]
