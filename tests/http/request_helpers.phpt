--TEST--
HTTP Request helpers as webman's Request has them (isAjax, isPjax, expectsJson, acceptJson, getRealIp, isIntranetIp, url, fullUrl, isGet, isPost), the peer/local address getters, $connection, and Workerman 5's $properties behind $request->name; a subclass with webman's signatures loads
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
use WServer\Protocols\Http\Request;

// webman's own declarations of some of them: a subclass written against Workerman must load
class AppRequest extends Request
{
    public $app = null;
    public function isAjax(): bool { return parent::isAjax(); }
    public function getRealIp(bool $safeMode = true): string { return parent::getRealIp($safeMode); }
}

wserver_test_run(function (int $port) {
    WServer\Protocols\Http::requestClass(AppRequest::class);
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onMessage = function ($c, Request $r) {
        $before = $r->properties;
        $r->user = ['id' => 7];
        $r->app = 'admin';
        $c->send(json_encode([
            'ajax' => $r->isAjax(), 'pjax' => $r->isPjax(), 'expects' => $r->expectsJson(), 'accept' => $r->acceptJson(),
            'real' => $r->getRealIp(), 'real_unsafe' => $r->getRealIp(false), 'url' => $r->url(), 'full' => $r->fullUrl(),
            'get' => $r->isGet(), 'post' => $r->isPost(),
            'remote' => $r->getRemoteIp() . ':' . ($r->getRemotePort() === $c->getRemotePort() ? 'same port' : 'other port'),
            'local' => $r->getLocalIp() . ':' . ($r->getLocalPort() === $c->getLocalPort() ? 'same port' : 'other port'),
            'conn' => $r->connection === $c, 'props_before' => $before, 'props' => $r->properties,
            'magic' => [$r->user['id'], isset($r->user), isset($r->nothing), $r->nothing, $r->app],
        ]));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    $ask = function (string $method, string $target, string $headers) use ($c) {
        fwrite($c, "$method $target HTTP/1.1\r\nHost: example.com:8080\r\n{$headers}Content-Length: 0\r\n\r\n");
        return json_decode(wserver_test_http_read($c)[2], true);
    };
    $r = $ask('GET', '/a/b?x=1', "X-Requested-With: XMLHttpRequest\r\nX-Forwarded-For: 8.8.4.4, 10.0.0.1\r\n");
    echo json_encode($r), "\n";
    $r = $ask('POST', '/p', "X-Requested-With: XMLHttpRequest\r\nX-PJAX: true\r\nX-Real-IP: not-an-ip\r\n");
    echo json_encode(array_slice($r, 0, 10)), "\n";
    $r = $ask('PUT', '/', "X-PJAX: 0\r\nAccept: text/html, application/json;q=0.9\r\nClient-IP: 2001:db8::5\r\n");
    echo json_encode(array_slice($r, 0, 10)), "\n";
    foreach (['10.1.2.3', '172.16.0.1', '192.168.1.1', '127.0.0.1', '100.64.1.1', '198.18.0.1', '224.0.0.1', '8.8.8.8',
        '::1', 'fd00::1', 'fe80::1', '2606:4700::1', 'bad', ''] as $ip) {
        echo $ip, '=', Request::isIntranetIp($ip) ? 'intranet' : 'public', ' ';
    }
    echo "\n";
});
?>
--EXPECT--
{"ajax":true,"pjax":false,"expects":true,"accept":false,"real":"8.8.4.4","real_unsafe":"8.8.4.4","url":"\/\/example.com:8080\/a\/b","full":"\/\/example.com:8080\/a\/b?x=1","get":true,"post":false,"remote":"127.0.0.1:same port","local":"127.0.0.1:same port","conn":true,"props_before":[],"props":{"user":{"id":7}},"magic":[7,true,false,null,"admin"]}
{"ajax":true,"pjax":true,"expects":false,"accept":false,"real":"127.0.0.1","real_unsafe":"127.0.0.1","url":"\/\/example.com:8080\/p","full":"\/\/example.com:8080\/p","get":false,"post":true}
{"ajax":false,"pjax":false,"expects":true,"accept":true,"real":"2001:db8::5","real_unsafe":"2001:db8::5","url":"\/\/example.com:8080\/","full":"\/\/example.com:8080\/","get":false,"post":false}
10.1.2.3=intranet 172.16.0.1=intranet 192.168.1.1=intranet 127.0.0.1=intranet 100.64.1.1=intranet 198.18.0.1=intranet 224.0.0.1=intranet 8.8.8.8=public ::1=intranet fd00::1=intranet fe80::1=intranet 2606:4700::1=public bad=public =public 
