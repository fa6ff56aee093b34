// Anonymous kiosk usage: which exhibit was opened, and for how long.
