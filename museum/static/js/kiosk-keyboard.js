// The kiosk on-screen keyboard: types into the search box without the OS keyboard.
