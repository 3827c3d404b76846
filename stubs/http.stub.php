<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

namespace WServer\Protocols;

/**
 * The http:// protocol's settings (the Workerman API).
 * @not-serializable
 */
class Http
{
    /**
     * The class each request is made as: Http\Request or a subclass of it (for example a
     * framework's Request). Returns the class in use.
     */
    public static function requestClass(?string $className = null): string {}

    /** The session cookie's name (Http\Session::$name). */
    public static function sessionName(?string $name = null): string {}
}
