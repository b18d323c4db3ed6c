package no.veikart.roadmap.sandbox.web;

import java.util.Locale;

/** Content types of the static files the host serves. */
final class ContentTypes {

    private ContentTypes() {
    }

    static String of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String ext = n.substring(n.lastIndexOf('.') + 1);
        switch (ext) {
            case "css":
                return "text/css;charset=UTF-8";
            case "js":
                return "application/javascript;charset=UTF-8";
            case "json":
            case "map":
                return "application/json;charset=UTF-8";
            case "html":
            case "vm":
                return "text/html;charset=UTF-8";
            case "svg":
                return "image/svg+xml";
            case "png":
                return "image/png";
            case "gif":
                return "image/gif";
            case "jpg":
            case "jpeg":
                return "image/jpeg";
            case "woff":
                return "font/woff";
            case "woff2":
                return "font/woff2";
            case "ttf":
                return "font/ttf";
            case "eot":
                return "application/vnd.ms-fontobject";
            case "xml":
                return "application/xml;charset=UTF-8";
            default:
                return "application/octet-stream";
        }
    }
}
