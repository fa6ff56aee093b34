// The kiosk offline: registers the service worker, polls the catalog version, shows the offline notice.
