namespace ImpedanceMeter.Core.Ui
{
    /// <summary>Draws the screen named by <see cref="MeterView.Screen"/> into a cleared frame.</summary>
    public static class ScreenRenderer
    {
        /// <summary>Clears <paramref name="fb"/> and draws the current screen of <paramref name="view"/>.</summary>
        public static void Render(FrameBuffer fb, MeterView view)
        {
            fb.Clear();
            switch (view.Screen)
            {
                case ScreenId.Splash: SplashScreen.Draw(fb, view); break;
                case ScreenId.Home: HomeScreen.Draw(fb, view); break;
                case ScreenId.IemPicker: IemPickerScreen.Draw(fb, view); break;
                case ScreenId.Measuring: MeasuringScreen.Draw(fb, view); break;
                case ScreenId.Result: ResultScreen.Draw(fb, view); break;
                case ScreenId.Curve: CurveScreen.Draw(fb, view); break;
                case ScreenId.Calibrate: CalibrateScreen.Draw(fb, view); break;
                case ScreenId.Settings: SettingsScreen.Draw(fb, view); break;
                default: ErrorScreen.Draw(fb, view); break;
            }
        }
    }
}
