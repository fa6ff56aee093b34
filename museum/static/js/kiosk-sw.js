// The kiosk service worker: keeps the kiosk pages, pictures and assets for offline use.
