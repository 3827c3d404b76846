--TEST--
HTTP: Http::requestClass() makes each request as a userland subclass; $data overrides, $context, destroy() via parent::destroy(), addresses, Response::header()
--EXTENSIONS--
wserver
pcntl
posix
--CONFLICTS--
server
--FILE--
<?php
require __DIR__ . '/../include/server.inc';

class AppRequest extends WServer\Protocols\Http\Request
{
    public $controller = null;
    public static array $destroyed = [];
    public string $firstLine = '';

    public function __construct(string $buffer)
    {
        parent::__construct($buffer);
        $this->firstLine = strtok($buffer, "\r");
    }

    public function input(string $name, mixed $default = null): mixed
    {
        return $this->get($name, $this->post($name, $default));
    }

    public function setGet(array $input): static
    {
        $this->data['get'] = $input; // as webman's setGet(): what get() reads from now on
        return $this;
    }

    public function destroy(): void
    {
        self::$destroyed[] = $this->controller;
        parent::destroy();
    }
}

wserver_test_run(function (int $port) {
    $w = new WServer\Worker("http://127.0.0.1:$port");
    $w->onWorkerStart = function () {
        WServer\Protocols\Http::requestClass(AppRequest::class);
    };
    $w->onMessage = function ($c, AppRequest $req) {
        $req->controller = $req->path();
        if ($req->path() === '/b') {
            $req->setGet(['q' => 'set']);
        }
        $req->context['seen'] = ($req->context['seen'] ?? 0) + 1;
        $req->extra = 'dynamic';
        $body = sprintf("[%s] %s/%s input=%s ctx=%d remote=%s:%s local=%s:%d conn=%s", $req->firstLine, get_class($req),
            WServer\Protocols\Http::requestClass(), $req->input('q', 'none'), $req->context['seen'], $req->getRemoteIp(),
            $req->getRemotePort() === $c->getRemotePort() ? 'same-port' : 'other-port',
            $req->getLocalIp(), $req->getLocalPort(), $req->connection === $c ? 'same' : 'other');
        $req->destroy();
        $body .= sprintf(" after-destroy: ctx=%d extra=%s conn=%s destroyed=%s", count($req->context),
            isset($req->extra) ? 'set' : 'unset', var_export($req->connection, true),
            implode(',', AppRequest::$destroyed));
        $c->send((new WServer\Protocols\Http\Response(201))->header('X-App', 'yes')->withBody($body));
    };
    WServer\Worker::runAll();
}, function (int $port) {
    $c = wserver_test_connect($port);
    foreach (['/a?q=1', '/b'] as $path) {
        fwrite($c, "GET $path HTTP/1.1\r\nHost: x\r\n\r\n");
        [$status, $headers, $body] = wserver_test_http_read($c);
        echo $status, ' x-app=', $headers['x-app'][0] ?? '-', ' ', str_replace((string) $port, 'PORT', $body), "\n";
    }
});
?>
--EXPECT--
201 x-app=yes [GET /a?q=1 HTTP/1.1] AppRequest/AppRequest input=1 ctx=1 remote=127.0.0.1:same-port local=127.0.0.1:PORT conn=same after-destroy: ctx=0 extra=unset conn=NULL destroyed=/a
201 x-app=yes [GET /b HTTP/1.1] AppRequest/AppRequest input=set ctx=1 remote=127.0.0.1:same-port local=127.0.0.1:PORT conn=same after-destroy: ctx=0 extra=unset conn=NULL destroyed=/a,/b
