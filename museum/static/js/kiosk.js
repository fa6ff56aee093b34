// The kiosk: touch-only navigation, idle countdown and reset, the attract loop.
